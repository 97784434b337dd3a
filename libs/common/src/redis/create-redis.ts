import { Redis } from 'ioredis';

/**
 * How a connection behaves while Redis is unreachable. `fail-fast` rejects commands at once,
 * so an HTTP request or health check answers instead of hanging; `patient` queues them until
 * Redis is back, which is what BullMQ's workers require.
 */
export type RedisMode = 'fail-fast' | 'patient';

/** A Redis connection for one purpose, reconnecting forever with a capped delay. */
export function createRedis(url: string, connectionName: string, mode: RedisMode): Redis {
  const failFast = mode === 'fail-fast';

  return new Redis(url, {
    connectionName,
    maxRetriesPerRequest: failFast ? 1 : null,
    enableOfflineQueue: !failFast,
    connectTimeout: 5000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
}

/** Host and port of a Redis URL, for start-up logs (never the password). */
export function describeRedis(url: string): string {
  const parsed = new URL(url);

  return `${parsed.hostname}:${parsed.port || '6379'}`;
}
