import { Injectable } from '@nestjs/common';

import { fromStoredEvent, PrismaService, StreamEvent } from '@qdash/common';

/** Stored stream events: what a reconnecting browser missed, and their pruning. */
@Injectable()
export class StreamRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Events stored after `afterId`, oldest first. */
  async after(afterId: bigint, limit: number): Promise<StreamEvent[]> {
    const rows = await this.prisma.streamEvent.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: limit,
    });

    return rows.map(fromStoredEvent);
  }

  /** Whether the event with this id, or a later one, is still stored. */
  async retains(id: bigint): Promise<boolean> {
    const oldest = await this.prisma.streamEvent.findFirst({
      orderBy: { id: 'asc' },
      select: { id: true },
    });

    return oldest !== null && oldest.id <= id + 1n;
  }

  /** Deletes events older than `before`; returns how many. */
  async prune(before: Date): Promise<number> {
    const { count } = await this.prisma.streamEvent.deleteMany({ where: { ts: { lt: before } } });

    return count;
  }
}
