import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';

import {
  APP_CONFIG,
  AppConfig,
  closeRedis,
  createRedis,
  redisKeys,
  StreamEvent,
} from '@qdash/common';

import { SseClient } from './sse-client';
import { StreamRepository } from './stream.repository';

const REPLAY_LIMIT = 5000;
const KEEP_ALIVE_MS = 15000;

/**
 * Fans stream events out to this process's browsers. Every API process subscribes to the same
 * Redis channel, so any process can serve any browser; a browser that reconnects with
 * Last-Event-ID first gets what it missed from PostgreSQL.
 */
@Injectable()
export class StreamService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StreamService.name);
  private readonly clients = new Set<SseClient>();
  private subscriber?: Redis;
  private keepAliveTimer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: StreamRepository,
  ) {}

  onModuleInit(): void {
    const channel = redisKeys(this.config.queuePrefix).events;
    this.subscriber = createRedis(this.config.redisUrl, 'qdash-api-stream', 'patient');
    this.subscriber.on('message', (_channel: string, message: string) => this.broadcast(message));
    this.keepAliveTimer = setInterval(() => this.keepAlive(), KEEP_ALIVE_MS);
    // Not awaited: the API serves (and reports Redis down) while Redis is unreachable, and
    // ioredis subscribes again on every reconnect.
    this.subscriber.subscribe(channel).catch((error: Error) => {
      this.logger.warn(`Could not subscribe to stream events: ${error.message}`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.keepAliveTimer);
    this.clients.forEach((client) => client.close());
    this.clients.clear();
    if (this.subscriber) {
      await closeRedis(this.subscriber);
    }
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /** Registers a browser, replays what it missed since `lastEventId`, then streams live. */
  async attach(client: SseClient, lastEventId: bigint | null): Promise<() => void> {
    this.clients.add(client);
    const detach = () => this.clients.delete(client);
    if (lastEventId === null) {
      client.finishReplay([]);

      return detach;
    }

    try {
      client.finishReplay(await this.missedSince(lastEventId, client));
    } catch (error) {
      this.logger.warn(`Replay after event ${lastEventId} failed: ${(error as Error).message}`);
      client.notice('reset', { reason: 'missed events could not be read; reload the data' });
      client.finishReplay([]);
    }

    return detach;
  }

  /** Stored events after `lastEventId`; a `reset` notice instead when some were pruned. */
  private async missedSince(lastEventId: bigint, client: SseClient): Promise<StreamEvent[]> {
    if (!(await this.events.retains(lastEventId))) {
      client.notice('reset', { reason: 'events since the last one received are no longer stored' });

      return [];
    }

    // One more than the limit tells whether the replay would be cut short: sending the first
    // REPLAY_LIMIT and then live events would skip the rest without the browser knowing.
    const missed = await this.events.after(lastEventId, REPLAY_LIMIT + 1);
    if (missed.length > REPLAY_LIMIT) {
      client.notice('reset', { reason: `more than ${REPLAY_LIMIT} events were missed` });

      return [];
    }

    return missed;
  }

  private broadcast(message: string): void {
    let event: StreamEvent;
    try {
      event = JSON.parse(message) as StreamEvent;
    } catch {
      this.logger.warn('Ignored a stream message that is not JSON');

      return;
    }
    for (const client of this.clients) {
      if (client.closed) {
        this.clients.delete(client);
        continue;
      }
      client.deliver(event);
    }
  }

  private keepAlive(): void {
    this.clients.forEach((client) => client.keepAlive());
  }
}
