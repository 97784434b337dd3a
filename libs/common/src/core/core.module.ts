import { DynamicModule, Module } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';
import { SqlPool } from '../database/sql-pool';
import { EventPublisher } from '../events/event-publisher';
import { PrismaService } from '../prisma/prisma.service';
import { createRedis } from '../redis/create-redis';
import { RedisConnection } from '../redis/redis-connection';
import { WorkerRegistry } from '../workers/worker-registry';
import { APP_CONFIG } from './tokens';

/**
 * What every qdash process needs: the validated config, PostgreSQL through Prisma (and plain pg
 * for exact writes), one Redis
 * connection for commands and publishing, the event publisher and the worker registry.
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, processName: string): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: PrismaService, useFactory: () => new PrismaService(config.databaseUrl) },
        { provide: SqlPool, useFactory: () => new SqlPool(config.databaseUrl) },
        {
          provide: RedisConnection,
          useFactory: () =>
            new RedisConnection(createRedis(config.redisUrl, processName, 'fail-fast')),
        },
        {
          provide: EventPublisher,
          useFactory: (redis: RedisConnection) =>
            new EventPublisher(redis.client, config.queuePrefix),
          inject: [RedisConnection],
        },
        {
          provide: WorkerRegistry,
          useFactory: (redis: RedisConnection) =>
            new WorkerRegistry(redis.client, config.queuePrefix),
          inject: [RedisConnection],
        },
      ],
      exports: [
        APP_CONFIG,
        PrismaService,
        SqlPool,
        RedisConnection,
        EventPublisher,
        WorkerRegistry,
      ],
    };
  }
}
