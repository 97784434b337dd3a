import { Module } from '@nestjs/common';

import { JobQueueService } from '../queue/job-queue.service';
import { QueueReconcilerService } from '../queue/queue-reconciler.service';
import { StreamModule } from '../stream/stream.module';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

@Module({
  imports: [StreamModule],
  controllers: [JobsController],
  providers: [JobsRepository, JobsService, JobQueueService, QueueReconcilerService],
  exports: [JobsRepository],
})
export class JobsModule {}
