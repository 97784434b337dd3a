import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';

import {
  ALL_QUEUES,
  APP_CONFIG,
  AppConfig,
  JobType,
  QUEUE_FOR_JOB_TYPE,
  QueueName,
  queueJobOptions,
  redisKeys,
  RedisConnection,
} from '@qdash/common';

/** The API's side of the queues: it adds entries and asks whether an entry exists. */
@Injectable()
export class JobQueueService implements OnModuleDestroy {
  private readonly logger = new Logger(JobQueueService.name);
  private readonly queues: Map<QueueName, Queue>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    redis: RedisConnection,
  ) {
    const prefix = redisKeys(config.queuePrefix).bull;
    this.queues = new Map(
      ALL_QUEUES.map((name) => {
        const queue = new Queue(name, { connection: redis.client, prefix });
        // Connection errors are logged once by the shared connection; failed commands reject.
        queue.on('error', () => undefined);

        return [name, queue];
      }),
    );
  }

  /** Adds the job's queue entry; a second call for the same id changes nothing. */
  async enqueue(jobId: string, type: JobType): Promise<void> {
    const queue = this.queueFor(type);
    await queue.add(queue.name, { jobId }, queueJobOptions(jobId, this.config.jobAttempts));
  }

  /** Adds the entry, logging instead of throwing: the reconciler retries what fails here. */
  async tryEnqueue(jobId: string, type: JobType): Promise<boolean> {
    try {
      await this.enqueue(jobId, type);

      return true;
    } catch (error) {
      this.logger.warn(`Job ${jobId} stored but not queued yet (${(error as Error).message})`);

      return false;
    }
  }

  /** The BullMQ state of the job's entry, or `missing` when the queue has none. */
  async entryState(jobId: string, type: JobType): Promise<string> {
    const entry = await this.queueFor(type).getJob(jobId);

    return entry ? await entry.getState() : 'missing';
  }

  /** Removes a waiting entry (a cancelled job); an entry a worker holds is left to the worker. */
  async removeWaiting(jobId: string, type: JobType): Promise<void> {
    const entry = await this.queueFor(type).getJob(jobId);
    if (entry && !(await entry.isActive())) {
      await entry.remove().catch(() => undefined);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private queueFor(type: JobType): Queue {
    return this.queues.get(QUEUE_FOR_JOB_TYPE[type])!;
  }
}
