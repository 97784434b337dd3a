import { Injectable, OnModuleInit } from '@nestjs/common';

import { appVersion, RedisConnection, WorkerRegistry } from '@qdash/common';

import { HealthRepository } from './health.repository';
import { kernelSelfCheck } from './kernel-self-check';

const CHECK_TIMEOUT_MS = 2000;

export interface DependencyCheck {
  status: 'up' | 'down';
  latency_ms: number;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  service: string;
  version: string;
  uptime_s: number;
  checks: {
    database: DependencyCheck;
    redis: DependencyCheck;
    workers: { status: 'up' | 'none' | 'unknown'; live: number };
    kernel: { status: 'up' | 'down'; detail: string };
  };
}

/**
 * Real checks behind /api/health and the status panel's health flags: PostgreSQL and Redis
 * answer within two seconds, at least one worker has beaten recently, and the kernel reproduces
 * a known result.
 */
@Injectable()
export class HealthService implements OnModuleInit {
  private kernel = { ok: false, detail: 'not checked yet' };

  constructor(
    private readonly repository: HealthRepository,
    private readonly redis: RedisConnection,
    private readonly workers: WorkerRegistry,
  ) {}

  onModuleInit(): void {
    this.kernel = kernelSelfCheck();
  }

  async report(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([
      timed(() => this.repository.ping()),
      timed(() => this.redis.client.ping()),
    ]);
    const live = redis.status === 'up' ? await this.liveWorkers() : -1;
    const workers = {
      status: live < 0 ? ('unknown' as const) : live > 0 ? ('up' as const) : ('none' as const),
      live: Math.max(live, 0),
    };
    const kernel = {
      status: this.kernel.ok ? ('up' as const) : ('down' as const),
      detail: this.kernel.detail,
    };
    const infrastructureUp = database.status === 'up' && redis.status === 'up';
    const allUp = infrastructureUp && workers.status === 'up' && kernel.status === 'up';

    return {
      status: !infrastructureUp ? 'down' : allUp ? 'ok' : 'degraded',
      service: 'metatron_telemetry',
      version: appVersion(),
      uptime_s: Math.round(process.uptime()),
      checks: { database, redis, workers, kernel },
    };
  }

  private async liveWorkers(): Promise<number> {
    try {
      return (await this.workers.list()).length;
    } catch {
      return -1;
    }
  }
}

async function timed(check: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  try {
    await withTimeout(check(), CHECK_TIMEOUT_MS);

    return { status: 'up', latency_ms: elapsed(started) };
  } catch (error) {
    return { status: 'down', latency_ms: elapsed(started), error: (error as Error).message };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });

  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
