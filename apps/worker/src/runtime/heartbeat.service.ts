import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import {
  ALL_QUEUES,
  APP_CONFIG,
  AppConfig,
  EventPublisher,
  RedisConnection,
  WorkerHeartbeat,
  WorkerRegistry,
} from '@qdash/common';

import { ActiveJobs } from './active-jobs';
import { WORKER_ID } from './job-processor';

/** Heartbeats missed before a worker counts as gone. */
const MISSED_BEATS = 3;

/**
 * Announces this worker every few seconds (id, host, pid, concurrency, current jobs) in a Redis
 * key that expires unless renewed, and on the event stream for live dashboards.
 */
@Injectable()
export class HeartbeatService implements OnApplicationBootstrap {
  private readonly logger = new Logger(HeartbeatService.name);
  private readonly startedAt = new Date().toISOString();
  // Shows that kernel work in threads leaves the loop free to renew BullMQ locks.
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  private timer?: NodeJS.Timeout;
  private failing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_ID) private readonly workerId: string,
    private readonly registry: WorkerRegistry,
    private readonly events: EventPublisher,
    private readonly active: ActiveJobs,
    private readonly redis: RedisConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.loopDelay.enable();
    this.timer = setInterval(() => void this.beat(), this.config.heartbeatMs);
    await this.redis.ready();
    await this.beat();
  }

  /** Stops beating and removes the worker from the registry (called once it has drained). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.loopDelay.disable();
    await this.registry.withdraw(this.workerId).catch(() => undefined);
  }

  /** Announces the worker now (also called when its set of jobs changes). */
  async beat(): Promise<void> {
    const heartbeat = this.describe();
    try {
      await this.registry.announce(heartbeat, this.config.heartbeatMs * MISSED_BEATS);
      await this.events.publish({
        type: 'worker.heartbeat',
        ts: heartbeat.last_seen,
        payload: { worker: heartbeat },
      });
      this.failing = false;
    } catch (error) {
      if (!this.failing) {
        this.logger.warn(`Heartbeat not recorded: ${(error as Error).message}`);
      }
      this.failing = true;
    }
  }

  private describe(): WorkerHeartbeat {
    const p99 = this.loopDelay.percentile(99) / 1e6;
    this.loopDelay.reset();

    return {
      id: this.workerId,
      host: os.hostname(),
      pid: process.pid,
      concurrency: this.config.workerConcurrency,
      queues: [...ALL_QUEUES],
      current_jobs: this.active.list(),
      started_at: this.startedAt,
      last_seen: new Date().toISOString(),
      heartbeat_ms: this.config.heartbeatMs,
      event_loop_p99_ms: Math.round(p99 * 10) / 10,
    };
  }
}
