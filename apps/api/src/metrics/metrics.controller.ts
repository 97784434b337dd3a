import { Body, Controller, HttpCode, Post } from '@nestjs/common';

import type { HistoryPointView } from '../history/history-point.presenter';
import { UpdateMetricsDto } from './dto/update-metrics.dto';
import { UpdateStepDto } from './dto/update-step.dto';
import { MetricsService } from './metrics.service';

/** The ingestion routes the telemetry guide documents and the original never had. */
@Controller('api')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Post('update_metrics')
  @HttpCode(201)
  updateMetrics(@Body() request: UpdateMetricsDto): Promise<HistoryPointView> {
    return this.metrics.record(request, request);
  }

  @Post('update')
  @HttpCode(201)
  update(@Body() request: UpdateStepDto): Promise<HistoryPointView> {
    return this.metrics.record(request.metrics, request, request.step);
  }
}
