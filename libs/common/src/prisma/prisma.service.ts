import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';

/**
 * The Prisma client, connected through the pg driver adapter (no native query engine). Only
 * repository classes use it. It disconnects in the last shutdown phase, after workers have
 * drained and stored their in-flight steps.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  constructor(databaseUrl: string) {
    super({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
  }
}

/** Host, port and database of a PostgreSQL URL, for start-up logs (never the password). */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);

  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
