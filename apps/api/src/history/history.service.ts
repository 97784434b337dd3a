import { BadRequestException, Injectable } from '@nestjs/common';

import type { HistoryQuery } from './dto/history.query';
import { HistoryPointView, presentHistoryPoint } from './history-point.presenter';
import { HistoryRepository } from './history.repository';

@Injectable()
export class HistoryService {
  constructor(private readonly history: HistoryRepository) {}

  async list(query: HistoryQuery): Promise<HistoryPointView[]> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && from > to) {
      throw new BadRequestException('from must not be later than to');
    }

    const points = await this.history.latest({
      limit: query.limit ?? 1000,
      from,
      to,
      jobId: query.job_id,
      source: query.source,
    });

    return points.map(presentHistoryPoint);
  }
}
