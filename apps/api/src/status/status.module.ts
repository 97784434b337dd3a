import { Module } from '@nestjs/common';

import { HealthModule } from '../health/health.module';
import { HistoryModule } from '../history/history.module';
import { JobsModule } from '../jobs/jobs.module';
import { StatusController } from './status.controller';
import { StatusService } from './status.service';

@Module({
  imports: [HealthModule, HistoryModule, JobsModule],
  controllers: [StatusController],
  providers: [StatusService],
})
export class StatusModule {}
