import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { HealthReport, HealthService } from './health.service';

@Controller('api/health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 while PostgreSQL and Redis answer (even with no worker yet), 503 otherwise. */
  @Get()
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.health.report();
    void reply.status(report.status === 'down' ? 503 : 200);

    return report;
  }

  /** Liveness only: the process is up and serving. */
  @Get('live')
  live(): { status: 'ok'; service: string } {
    return { status: 'ok', service: 'metatron_telemetry' };
  }
}
