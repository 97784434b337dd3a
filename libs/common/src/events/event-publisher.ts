import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { redisKeys } from '../queue/queue-contract';
import type { StreamEvent } from './stream-event';

/**
 * Publishes stream events on the Redis channel every API process listens to. Call it after the
 * event's row is committed, so a browser that replays from PostgreSQL never sees an event the
 * database does not have. Publishing is best effort: stored events reach a browser on its next
 * replay, so a failure here is logged and never fails the caller.
 */
export class EventPublisher {
  private readonly logger = new Logger(EventPublisher.name);
  private readonly channel: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.channel = redisKeys(prefix).events;
  }

  async publish(events: StreamEvent | StreamEvent[]): Promise<void> {
    const batch = Array.isArray(events) ? events : [events];
    if (batch.length === 0) {
      return;
    }
    try {
      const pipeline = this.redis.pipeline();
      for (const event of batch) {
        pipeline.publish(this.channel, JSON.stringify(event));
      }
      await pipeline.exec();
    } catch (error) {
      this.logger.warn(`Could not publish ${batch.length} stream event(s): ${String(error)}`);
    }
  }
}
