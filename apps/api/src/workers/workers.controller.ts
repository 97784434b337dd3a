import { Controller, Get } from '@nestjs/common';

import { WorkerHeartbeat, WorkerRegistry } from '@qdash/common';

/** Live workers as their heartbeats describe them. */
@Controller('api/workers')
export class WorkersController {
  constructor(private readonly workers: WorkerRegistry) {}

  @Get()
  list(): Promise<WorkerHeartbeat[]> {
    return this.workers.list();
  }
}
