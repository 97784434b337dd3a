import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { Prisma } from '@prisma/client';
import type { FastifyReply } from 'fastify';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  [extra: string]: unknown;
}

/**
 * The one place errors become HTTP responses: `{ statusCode, error, message }` as JSON, Prisma's
 * unique violations as 409 and missing rows as 404, and anything unexpected as a 500 whose
 * cause is logged once here, with its stack, and never sent to the client.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error('Request failed', exception instanceof Error ? exception.stack : exception);
    }

    void reply.status(body.statusCode).header('content-type', 'application/json').send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      return fromHttpException(exception);
    }
    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2002') {
        return { statusCode: 409, error: 'Conflict', message: 'the record already exists' };
      }
      if (exception.code === 'P2025') {
        return { statusCode: 404, error: 'Not Found', message: 'the record does not exist' };
      }
    }
    const fastifyStatus = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return {
        statusCode: fastifyStatus,
        error: titleOf(fastifyStatus),
        message: (exception as Error).message,
      };
    }

    return {
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'the server could not complete the request',
    };
  }
}

function fromHttpException(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const error = titleOf(statusCode);
  if (typeof response === 'string') {
    return { statusCode, error, message: response };
  }
  const {
    message,
    error: title,
    statusCode: _status,
    ...extra
  } = response as Record<string, unknown>;
  const text = Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : exception.message;

  return { statusCode, error: typeof title === 'string' ? title : error, message: text, ...extra };
}

function titleOf(statusCode: number): string {
  const name = HttpStatus[statusCode] ?? 'ERROR';

  return name
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}
