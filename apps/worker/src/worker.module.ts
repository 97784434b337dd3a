import { DynamicModule, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import os from 'node:os';

import { AppConfig, CoreModule } from '@qdash/common';

import { BenchmarkProcessor } from './benchmark/benchmark.processor';
import { CalibrationProcessor } from './calibration/calibration.processor';
import { ActiveJobs } from './runtime/active-jobs';
import { HeartbeatService } from './runtime/heartbeat.service';
import { JOB_PROCESSORS, JobProcessor, WORKER_ID } from './runtime/job-processor';
import { QueueWorkersService } from './runtime/queue-workers.service';
import { JobStoreRepository } from './store/job-store.repository';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    const workerId = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, 'qdash-worker')],
      providers: [
        { provide: WORKER_ID, useValue: workerId },
        ActiveJobs,
        JobStoreRepository,
        HeartbeatService,
        CalibrationProcessor,
        BenchmarkProcessor,
        {
          provide: JOB_PROCESSORS,
          useFactory: (...processors: JobProcessor[]) => processors,
          inject: [CalibrationProcessor, BenchmarkProcessor],
        },
        QueueWorkersService,
      ],
      exports: [WORKER_ID],
    };
  }
}
