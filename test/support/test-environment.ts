import { randomUUID } from 'node:crypto';

import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { Redis } from 'ioredis';

import { AppConfig, loadConfig } from '@qdash/common';

import { adminQuery, databaseUrl, REDIS_URL, TEMPLATE_DATABASE } from './test-infra';

/**
 * One test file's private world: its own database (a copy of the migrated template) and its
 * own Redis key prefix, so tests never share state with each other or with a developer.
 */
export class TestEnvironment {
  readonly databaseName: string;
  readonly databaseUrl: string;
  readonly queuePrefix: string;
  readonly redis: Redis;
  readonly prisma: PrismaClient;

  private constructor(readonly id: string) {
    this.databaseName = `qdash_test_${id}`;
    this.databaseUrl = databaseUrl(this.databaseName);
    this.queuePrefix = `qdash-test-${id}`;
    this.redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    this.prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: this.databaseUrl }),
    });
  }

  static async create(): Promise<TestEnvironment> {
    const id = randomUUID().replaceAll('-', '').slice(0, 12);
    await adminQuery(`CREATE DATABASE qdash_test_${id} TEMPLATE ${TEMPLATE_DATABASE}`);

    return new TestEnvironment(id);
  }

  /** Environment variables for an API or worker process of this test. */
  env(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      DATABASE_URL: this.databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: this.queuePrefix,
      METATRON__SERVER__HOST: '127.0.0.1',
      METATRON__SERVER__PORT: '0',
      METATRON_CONFIG: '',
      WORKER_LOCK_MS: '2000',
      WORKER_HEARTBEAT_MS: '500',
      RECONCILE_INTERVAL_MS: '500',
      LOG_LEVEL: 'log',
      ...overrides,
    };
  }

  /** The validated config an in-process API of this test runs with. */
  config(overrides: Record<string, string> = {}): AppConfig {
    return loadConfig({ ...this.env(overrides) });
  }

  /** Deletes every Redis key of this test (what a Redis flush does to qdash's data). */
  async flushRedis(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(
        cursor,
        'MATCH',
        `${this.queuePrefix}:*`,
        'COUNT',
        500,
      );
      if (keys.length > 0) {
        await this.redis.del(...keys);
      }
      cursor = next;
    } while (cursor !== '0');
  }

  async dispose(): Promise<void> {
    await this.flushRedis();
    await this.prisma.$disconnect();
    this.redis.disconnect();
    await adminQuery(`DROP DATABASE IF EXISTS ${this.databaseName} WITH (FORCE)`);
  }
}
