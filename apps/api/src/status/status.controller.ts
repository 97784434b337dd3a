import { Controller, Get } from '@nestjs/common';

import { StatusService, SystemStatus } from './status.service';

@Controller('api/status')
export class StatusController {
  constructor(private readonly status: StatusService) {}

  @Get()
  current(): Promise<SystemStatus> {
    return this.status.current();
  }
}
