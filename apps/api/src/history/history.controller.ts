import { Controller, Get, Query } from '@nestjs/common';

import { HistoryQuery } from './dto/history.query';
import type { HistoryPointView } from './history-point.presenter';
import { HistoryService } from './history.service';

@Controller('api/history')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get()
  list(@Query() query: HistoryQuery): Promise<HistoryPointView[]> {
    return this.history.list(query);
  }
}
