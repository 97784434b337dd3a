import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError, Worker } from 'bullmq';

import {
  ALL_QUEUES,
  APP_CONFIG,
  AppConfig,
  createRedis,
  EventPublisher,
  redisKeys,
  StreamEvent,
} from '@qdash/common';

import { JobStoreRepository } from '../store/job-store.repository';
import { ActiveJobs } from './active-jobs';
import { HeartbeatService } from './heartbeat.service';
import { JOB_PROCESSORS, JobProcessor } from './job-processor';

/** Delay before a job released at shutdown is offered to the next worker. */
const RELEASE_DELAY_MS = 200;

/**
 * Hosts one BullMQ worker per queue and is the one place per-job concerns live: the start and
 * finish log lines, failures (logged once here, with the stack), marking a job failed when its
 * attempts are spent, and draining on SIGTERM. It refuses to start if a queue has no processor.
 */
@Injectable()
export class QueueWorkersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkersService.name);
  private readonly workers: Worker[] = [];
  private readonly shutdown = new AbortController();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_PROCESSORS) private readonly processors: JobProcessor[],
    private readonly store: JobStoreRepository,
    private readonly events: EventPublisher,
    private readonly active: ActiveJobs,
    private readonly heartbeat: HeartbeatService,
  ) {
    const missing = ALL_QUEUES.filter((queue) => !processors.some((p) => p.queue === queue));
    if (missing.length > 0) {
      throw new Error(`No processor for queue(s): ${missing.join(', ')}`);
    }
  }

  onApplicationBootstrap(): void {
    const prefix = redisKeys(this.config.queuePrefix).bull;
    for (const processor of this.processors) {
      const worker = new Worker(processor.queue, (job, token) => this.run(processor, job, token), {
        connection: createRedis(this.config.redisUrl, `qdash-worker-${processor.queue}`, 'patient'),
        prefix,
        concurrency: this.config.workerConcurrency,
        lockDuration: this.config.workerLockMs,
        stalledInterval: this.config.workerLockMs,
        maxStalledCount: 5,
      });
      worker.on('error', (error) => this.logger.warn(`Queue ${processor.queue}: ${error.message}`));
      this.workers.push(worker);
    }
  }

  /** SIGTERM: in-flight jobs store what they have and are released; then the worker exits. */
  async beforeApplicationShutdown(): Promise<void> {
    this.logger.log(`Draining ${this.active.list().length} in-flight job(s)`);
    this.shutdown.abort();
    await Promise.all(this.workers.map((worker) => worker.close()));
    await this.heartbeat.stop();
  }

  private async run(processor: JobProcessor, job: Job, token?: string): Promise<void> {
    const jobId = job.id!;
    const attempt = job.attemptsMade + 1;
    const started = performance.now();
    this.logger.log(`Job ${jobId} (${processor.queue}) started, attempt ${attempt}`);
    this.active.add(jobId);
    void this.heartbeat.beat();
    try {
      const outcome = await processor.process(job, this.shutdown.signal);
      const elapsed = Math.round(performance.now() - started);
      this.logger.log(`Job ${jobId} ${outcome.ending}: ${outcome.steps} step(s) in ${elapsed} ms`);
      if (outcome.ending === 'released') {
        await this.release(job, token);
      }
    } catch (error) {
      if (!(error instanceof DelayedError)) {
        await this.recordFailure(job, attempt, error as Error).catch((storeError: Error) =>
          this.logger.error(`Job ${jobId}: could not record its failure`, storeError.stack),
        );
      }
      throw error;
    } finally {
      this.active.delete(jobId);
      void this.heartbeat.beat();
    }
  }

  /** Hands the job back to the queue without spending an attempt. */
  private async release(job: Job, token?: string): Promise<never> {
    await this.publish(await this.store.release(job.id!, null));
    await job.moveToDelayed(Date.now() + RELEASE_DELAY_MS, token);
    throw new DelayedError();
  }

  private async recordFailure(job: Job, attempt: number, error: Error): Promise<void> {
    const jobId = job.id!;
    const attempts = job.opts.attempts ?? 1;
    const final = error instanceof UnrecoverableError || attempt >= attempts;
    if (final) {
      this.logger.error(`Job ${jobId} failed on attempt ${attempt} of ${attempts}`, error.stack);
      await this.publish(await this.store.fail(jobId, error.message));

      return;
    }
    this.logger.warn(
      `Job ${jobId} attempt ${attempt} of ${attempts} failed, will retry: ${error.stack}`,
    );
    await this.publish(
      await this.store.release(jobId, `attempt ${attempt} failed: ${error.message}`),
    );
  }

  private async publish(events: StreamEvent[] | null): Promise<void> {
    if (events) {
      await this.events.publish(events);
    }
  }
}
