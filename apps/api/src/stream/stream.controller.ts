import { BadRequestException, Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { SseClient } from './sse-client';
import { StreamService } from './stream.service';

/** Tells a browser how long to wait before reconnecting. */
const RETRY_MS = 2000;

@Controller('api/stream')
export class StreamController {
  constructor(private readonly stream: StreamService) {}

  /**
   * Server-Sent Events: `job.created`, `job.updated`, `job.steps`, `metric` (each with an id)
   * and `worker.heartbeat` (without). Resume with the `Last-Event-ID` header, or
   * `?last_event_id=` where a client cannot set headers.
   */
  @Get()
  async open(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Headers('last-event-id') header?: string,
    @Query('last_event_id') query?: string,
  ): Promise<void> {
    const lastEventId = parseEventId(header ?? query);
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write(`retry: ${RETRY_MS}\n\n`);

    const client = new SseClient(response);
    const detach = await this.stream.attach(client, lastEventId);
    request.raw.on('close', detach);
  }
}

function parseEventId(value: string | undefined): bigint | null {
  if (value === undefined || value === '') {
    return null;
  }
  if (!/^\d{1,19}$/.test(value)) {
    throw new BadRequestException('Last-Event-ID must be a decimal event id');
  }

  return BigInt(value);
}
