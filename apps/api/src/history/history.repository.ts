import { Injectable } from '@nestjs/common';
import { MetricPoint, Prisma } from '@prisma/client';

import { PrismaService } from '@qdash/common';

export interface HistoryFilter {
  limit: number;
  from?: Date;
  to?: Date;
  jobId?: string;
  source?: 'job' | 'external';
}

/** Reads the ψ/ρ/ω time series. */
@Injectable()
export class HistoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The newest `limit` matching points, returned oldest first. */
  async latest(filter: HistoryFilter): Promise<MetricPoint[]> {
    const where: Prisma.MetricPointWhereInput = {
      ts: { gte: filter.from, lte: filter.to },
      jobId: filter.jobId,
      source: filter.source,
    };
    const newestFirst = await this.prisma.metricPoint.findMany({
      where,
      orderBy: [{ ts: 'desc' }, { id: 'desc' }],
      take: filter.limit,
    });

    return newestFirst.reverse();
  }

  /** The most recent point of any source, for the status panel. */
  newest(): Promise<MetricPoint | null> {
    return this.prisma.metricPoint.findFirst({ orderBy: [{ ts: 'desc' }, { id: 'desc' }] });
  }
}
