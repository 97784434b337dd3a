import { Injectable } from '@nestjs/common';
import type { MetricPoint } from '@prisma/client';

import { recordEvent, SqlPool, StreamEvent } from '@qdash/common';

import { presentHistoryPoint } from '../history/history-point.presenter';

export interface ExternalPoint {
  ts: Date;
  psi: number;
  rho: number;
  omega: number;
  algorithm: string;
  mode: string | null;
  step: number | null;
}

/**
 * Stores points pushed by external calibrators, through pg so the values are kept exactly as
 * sent (see SqlPool).
 */
@Injectable()
export class MetricsRepository {
  constructor(private readonly sql: SqlPool) {}

  /** Inserts the point and its `metric` event in one transaction. */
  async insertExternal(data: ExternalPoint): Promise<{ point: MetricPoint; event: StreamEvent }> {
    return this.sql.transaction(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO metric_points (ts, psi, rho, omega, algorithm, mode, step, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'external') RETURNING id`,
        [data.ts, data.psi, data.rho, data.omega, data.algorithm, data.mode, data.step],
      );
      const point = externalPoint(BigInt(rows[0].id), data);
      const event = await recordEvent(client, 'metric', null, {
        points: [presentHistoryPoint(point)],
      });

      return { point, event };
    });
  }
}

function externalPoint(id: bigint, data: ExternalPoint): MetricPoint {
  return {
    ...data,
    id,
    source: 'external',
    jobId: null,
    j: null,
    resonanceScore: null,
    accepted: null,
    regimeSwitch: null,
    notes: null,
    detail: null,
  };
}
