import { DynamicModule, Module } from '@nestjs/common';

import { AppConfig, CoreModule } from '@qdash/common';

import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { JobsModule } from './jobs/jobs.module';
import { MetricsModule } from './metrics/metrics.module';
import { StatusModule } from './status/status.module';
import { StreamModule } from './stream/stream.module';
import { WorkersModule } from './workers/workers.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, 'qdash-api'),
        HealthModule,
        HistoryModule,
        JobsModule,
        MetricsModule,
        StatusModule,
        StreamModule,
        WorkersModule,
      ],
    };
  }
}
