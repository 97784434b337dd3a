import { Injectable } from '@nestjs/common';

import { EventPublisher } from '@qdash/common';

import { HistoryPointView, presentHistoryPoint } from '../history/history-point.presenter';
import { HistoryRepository } from '../history/history.repository';
import type { MetricLabelsDto } from './dto/metric-labels.dto';
import type { MetricValuesDto } from './dto/metric-values.dto';
import { MetricsRepository } from './metrics.repository';

@Injectable()
export class MetricsService {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly history: HistoryRepository,
    private readonly events: EventPublisher,
  ) {}

  /**
   * Records ψ/ρ/ω from an external calibrator in the same history as job steps. Without an
   * algorithm or mode the point keeps those of the newest stored point, as the original's
   * status did.
   */
  async record(
    values: MetricValuesDto,
    labels: MetricLabelsDto,
    step: number | null = null,
  ): Promise<HistoryPointView> {
    const previous = labels.algorithm && labels.mode ? null : await this.history.newest();
    const { point, event } = await this.metrics.insertExternal({
      ts: labels.timestamp ? new Date(labels.timestamp) : new Date(),
      psi: values.psi,
      rho: values.rho,
      omega: values.omega,
      algorithm: labels.algorithm ?? previous?.algorithm ?? 'VQE',
      mode: labels.mode ?? previous?.mode ?? null,
      step,
    });

    await this.events.publish(event);

    return presentHistoryPoint(point);
  }
}
