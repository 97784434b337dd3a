import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';

import type { JobView } from '@qdash/common';

import { jobIdPipe } from '../http/uuid.pipe';
import { CreateJobDto } from './dto/create-job.dto';
import { JobStepsQuery } from './dto/job-steps.query';
import { ListJobsQuery } from './dto/list-jobs.query';
import { JobsService, JobStepsPage } from './jobs.service';

/** Response of the routes that start a job: the original's two keys, plus the job itself. */
export interface JobAccepted {
  job_id: string;
  message: string;
  job: JobView;
}

@Controller('api')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  /** The original's route: every body field is optional, and no body at all is fine. */
  @Post('control/start_calibration')
  @HttpCode(202)
  async startCalibration(@Body() request: CreateJobDto): Promise<JobAccepted> {
    const job = await this.jobs.create(request);

    return { job_id: job.id, message: startedMessage(job), job };
  }

  @Post('jobs')
  @HttpCode(202)
  async create(@Body() request: CreateJobDto): Promise<JobAccepted> {
    const job = await this.jobs.create(request);

    return { job_id: job.id, message: startedMessage(job), job };
  }

  @Get('jobs')
  list(@Query() query: ListJobsQuery): Promise<JobView[]> {
    return this.jobs.list(query);
  }

  @Get('jobs/:id')
  get(@Param('id', jobIdPipe()) id: string): Promise<JobView> {
    return this.jobs.get(id);
  }

  @Get('jobs/:id/steps')
  steps(
    @Param('id', jobIdPipe()) id: string,
    @Query() query: JobStepsQuery,
  ): Promise<JobStepsPage> {
    return this.jobs.steps(id, query);
  }

  @Post('jobs/:id/retry')
  @HttpCode(202)
  async retry(@Param('id', jobIdPipe()) id: string): Promise<JobAccepted> {
    const job = await this.jobs.retry(id);

    return { job_id: job.id, message: `Retry of job ${id} started`, job };
  }

  @Post('jobs/:id/cancel')
  cancel(@Param('id', jobIdPipe()) id: string): Promise<JobView> {
    return this.jobs.cancel(id);
  }
}

/** "Calibration job started", the original's literal, or "Benchmark job started". */
function startedMessage(job: JobView): string {
  return `${job.job_type[0].toUpperCase()}${job.job_type.slice(1)} job started`;
}
