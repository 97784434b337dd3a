import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

const logger = new Logger('Redis');

/**
 * How a connection behaves while Redis is unreachable. `fail-fast` rejects commands at once,
 * so an HTTP request or health check answers instead of hanging; `patient` queues them until
 * Redis is back, which is what BullMQ's workers require.
 */
export type RedisMode = 'fail-fast' | 'patient';

/**
 * A Redis connection for one purpose, reconnecting forever with a capped delay. An outage is
 * logged once when it starts and once when it ends, not on every reconnect attempt.
 */
export function createRedis(url: string, connectionName: string, mode: RedisMode): Redis {
  const failFast = mode === 'fail-fast';
  const client = new Redis(url, {
    connectionName,
    maxRetriesPerRequest: failFast ? 1 : null,
    enableOfflineQueue: !failFast,
    connectTimeout: 5000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });

  let down = false;
  client.on('error', (error: Error) => {
    if (!down) {
      logger.warn(`${connectionName} lost Redis at ${describeRedis(url)}: ${error.message}`);
    }
    down = true;
  });
  client.on('ready', () => {
    if (down) {
      logger.log(`${connectionName} reconnected to Redis`);
    }
    down = false;
  });

  return client;
}

/** Host and port of a Redis URL, for start-up logs (never the password). */
export function describeRedis(url: string): string {
  const parsed = new URL(url);

  return `${parsed.hostname}:${parsed.port || '6379'}`;
}
