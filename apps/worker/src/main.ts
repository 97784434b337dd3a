import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import {
  ALL_QUEUES,
  appVersion,
  createLogger,
  describeDatabase,
  describeRedis,
  exitOnStartFailure,
  loadConfig,
} from '@qdash/common';

import { WORKER_ID } from './runtime/job-processor';
import { WorkerModule } from './worker.module';

/** A worker process: a Nest application context with BullMQ consumers and no HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: createLogger(config),
  });
  app.enableShutdownHooks();
  await app.init();

  new Logger('Worker').log(
    `qdash worker ${appVersion()} ${app.get<string>(WORKER_ID)}` +
      ` | queues ${ALL_QUEUES.join(', ')} | concurrency ${config.workerConcurrency}` +
      ` | database ${describeDatabase(config.databaseUrl)} | redis ${describeRedis(config.redisUrl)}` +
      ` | queue prefix ${config.queuePrefix}`,
  );
}

main().catch(exitOnStartFailure('qdash worker'));
