import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';

import { APP_CONFIG, AppConfig, EventPublisher, redisKeys, RedisConnection } from '@qdash/common';

import { JobsRepository } from '../jobs/jobs.repository';
import { StreamRepository } from '../stream/stream.repository';
import { JobQueueService } from './job-queue.service';

/** Jobs younger than this are left to the request that created them. */
const GRACE_MS = 2000;
const BATCH = 500;
/** Stream events are kept this long for browsers that reconnect. */
const EVENT_RETENTION_MS = 60 * 60 * 1000;

/**
 * Keeps Redis in line with PostgreSQL, the system of record. Every few seconds one API process
 * (holding a short Redis lock) looks for unfinished jobs: a job missing from its queue (Redis
 * flushed or restarted, or the enqueue failed after the commit) is queued again, and BullMQ's
 * job id makes that idempotent; a job whose queue entry failed for good is marked failed.
 */
@Injectable()
export class QueueReconcilerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(QueueReconcilerService.name);
  private readonly token = randomUUID();
  private timer?: NodeJS.Timeout;
  private running = false;
  private failing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsRepository,
    private readonly queue: JobQueueService,
    private readonly streamEvents: StreamRepository,
    private readonly events: EventPublisher,
    private readonly redis: RedisConnection,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.reconcileIntervalMs);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** One reconciliation pass, if this process holds the lock; returns the jobs re-queued. */
  async reconcile(): Promise<number> {
    if (!(await this.acquireLock())) {
      return 0;
    }
    const unfinished = await this.jobs.unfinished(new Date(Date.now() - GRACE_MS), BATCH);
    let requeued = 0;
    for (const job of unfinished) {
      const state = await this.queue.entryState(job.id, job.type);
      if (state === 'missing') {
        await this.queue.enqueue(job.id, job.type);
        this.logger.warn(`Re-queued job ${job.id}: it was missing from the queue`);
        requeued += 1;
      } else if (state === 'failed') {
        await this.failAbandoned(job.id);
      }
    }
    await this.streamEvents.prune(new Date(Date.now() - EVENT_RETENTION_MS));

    return requeued;
  }

  private async tick(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = true;
    try {
      await this.reconcile();
      if (this.failing) {
        this.logger.log('Reconciliation running again');
      }
      this.failing = false;
    } catch (error) {
      if (!this.failing) {
        this.logger.warn(`Reconciliation paused: ${(error as Error).message}`);
      }
      this.failing = true;
    } finally {
      this.running = false;
    }
  }

  private async failAbandoned(jobId: string): Promise<void> {
    const reason = 'the queue gave up on this job (its worker stopped too often)';
    const transition = await this.jobs.markFailed(jobId, reason);
    if (transition) {
      this.logger.warn(`Job ${jobId} failed: ${reason}`);
      await this.events.publish(transition.event);
    }
  }

  private async acquireLock(): Promise<boolean> {
    const key = redisKeys(this.config.queuePrefix).reconcileLock;
    const ttl = Math.max(this.config.reconcileIntervalMs - 100, 100);
    const set = await this.redis.client.set(key, this.token, 'PX', ttl, 'NX');
    if (set === 'OK') {
      return true;
    }

    return (await this.redis.client.get(key)) === this.token;
  }
}
