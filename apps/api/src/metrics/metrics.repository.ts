import { Injectable } from '@nestjs/common';
import type { MetricPoint } from '@prisma/client';

import { fromStoredEvent, PrismaService, StreamEvent, toJson } from '@qdash/common';

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

/** Stores points pushed by external calibrators. */
@Injectable()
export class MetricsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Inserts the point and its `metric` event in one transaction. */
  async insertExternal(data: ExternalPoint): Promise<{ point: MetricPoint; event: StreamEvent }> {
    return this.prisma.$transaction(async (tx) => {
      const point = await tx.metricPoint.create({ data: { ...data, source: 'external' } });
      const event = await tx.streamEvent.create({
        data: { type: 'metric', payload: { points: [toJson(presentHistoryPoint(point))] } },
      });

      return { point, event: fromStoredEvent(event) };
    });
  }
}
