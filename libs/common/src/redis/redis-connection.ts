import { OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { once } from 'node:events';

import { closeRedis } from './close-redis';

/** The process's shared Redis connection for commands and publishing, closed last on shutdown. */
export class RedisConnection implements OnApplicationShutdown {
  constructor(readonly client: Redis) {}

  /** Resolves once connected, or after `timeoutMs` (the caller then meets the error itself). */
  async ready(timeoutMs = 5000): Promise<void> {
    if (this.client.status === 'ready') {
      return;
    }
    await once(this.client, 'ready', { signal: AbortSignal.timeout(timeoutMs) }).catch(
      () => undefined,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.client);
  }
}
