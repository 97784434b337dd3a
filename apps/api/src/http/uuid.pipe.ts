import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** Validates an `:id` path segment, answering 400 with a message that names it. */
export function jobIdPipe(): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new BadRequestException('id must be a UUID'),
  });
}
