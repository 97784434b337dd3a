import type { Redis } from 'ioredis';

import { redisKeys } from '../queue/queue-contract';

/** What a live worker process says about itself; snake_case as the API returns it. */
export interface WorkerHeartbeat {
  id: string;
  host: string;
  pid: number;
  concurrency: number;
  queues: string[];
  current_jobs: string[];
  started_at: string;
  last_seen: string;
  /** How often the worker beats, so a reader can tell a late beat from a missing one. */
  heartbeat_ms: number;
  /** 99th percentile of the main thread's event-loop delay since the last beat, in ms. */
  event_loop_p99_ms: number;
}

/** Workers as Redis keys that expire unless renewed: a worker that stops beating disappears. */
export class WorkerRegistry {
  private readonly keys: ReturnType<typeof redisKeys>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = redisKeys(prefix);
  }

  async announce(heartbeat: WorkerHeartbeat, ttlMs: number): Promise<void> {
    await this.redis.set(this.keys.worker(heartbeat.id), JSON.stringify(heartbeat), 'PX', ttlMs);
  }

  async withdraw(workerId: string): Promise<void> {
    await this.redis.del(this.keys.worker(workerId));
  }

  /** Live workers, oldest first. */
  async list(): Promise<WorkerHeartbeat[]> {
    const keys = await this.scan(this.keys.workerPattern);
    if (keys.length === 0) {
      return [];
    }
    const values = await this.redis.mget(...keys);
    const workers = values
      .filter((value): value is string => value !== null)
      .map((value) => JSON.parse(value) as WorkerHeartbeat);

    return workers.sort((a, b) => a.started_at.localeCompare(b.started_at));
  }

  private async scan(pattern: string): Promise<string[]> {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 200);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');

    return keys;
  }
}
