import type { Redis } from 'ioredis';

/**
 * Closes a connection without waiting on a Redis that is not there: QUIT when connected (bounded
 * by a timeout), otherwise drop the socket and stop reconnecting. A patient connection would
 * otherwise hold QUIT until Redis came back, and shutdown would never finish.
 */
export async function closeRedis(client: Redis, timeoutMs = 2000): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();

    return;
  }
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
  await Promise.race([client.quit().then(() => undefined), timeout]).catch(() => undefined);
  client.disconnect();
}
