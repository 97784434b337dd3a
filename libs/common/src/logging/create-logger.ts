import { ConsoleLogger, LogLevel as NestLogLevel } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';

const LEVEL_ORDER: NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's console logger at the configured level, as JSON lines when LOG_FORMAT=json. */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): ConsoleLogger {
  const levels = LEVEL_ORDER.slice(0, LEVEL_ORDER.indexOf(config.logLevel) + 1);

  return new ConsoleLogger({ logLevels: levels, json: config.logFormat === 'json' });
}
