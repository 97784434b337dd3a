import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import {
  appVersion,
  createLogger,
  describeDatabase,
  describeRedis,
  exitOnStartFailure,
  loadConfig,
} from '@qdash/common';

import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const app = await createApi(config, logger);
  await app.listen(config.port, config.host);

  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  new Logger('Api').log(
    `qdash API ${appVersion()} listening on http://${config.host}:${port}` +
      ` | database ${describeDatabase(config.databaseUrl)} | redis ${describeRedis(config.redisUrl)}` +
      ` | queue prefix ${config.queuePrefix} | static ${config.staticDir}`,
  );
}

main().catch(exitOnStartFailure('qdash API'));
