import { ConsoleLogger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import path from 'node:path';

import type { AppConfig } from '@qdash/common';

import { AppModule } from './app.module';
import { HttpExceptionFilter } from './http/http-exception.filter';
import { validationException } from './http/validation-error';

/** Chart.js's browser build, served from node_modules because the dashboard has no CDN. */
const CHART_JS_DIR = path.dirname(require.resolve('chart.js'));

/**
 * Builds the API application (not yet listening): Fastify with a bounded body, validation that
 * rejects unknown fields, one error filter, CORS from an allow-list, and the dashboard's static
 * files.
 */
export async function createApi(
  config: AppConfig,
  logger: ConsoleLogger | false,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.bodyLimitBytes });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger,
    abortOnError: false,
  });

  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new HttpExceptionFilter());
  // Bodies are JSON only: anything else is answered 415 before it reaches a route.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false });
  app.enableShutdownHooks();

  await app.register(fastifyStatic, { root: config.staticDir, prefix: '/', index: ['index.html'] });
  await app.register(fastifyStatic, {
    root: CHART_JS_DIR,
    prefix: '/vendor/chart.js/',
    decorateReply: false,
  });

  return app;
}
