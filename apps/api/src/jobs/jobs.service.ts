import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Job } from '@prisma/client';

import { EventPublisher, JobView, modeLabel, Policy, presentJob } from '@qdash/common';

import { JobQueueService } from '../queue/job-queue.service';
import type { CreateJobDto } from './dto/create-job.dto';
import type { JobStepsQuery } from './dto/job-steps.query';
import type { ListJobsQuery } from './dto/list-jobs.query';
import { PlannedJob, planJob } from './job-params.factory';
import { JobsRepository } from './jobs.repository';
import { JobStepView, presentStep } from './step.presenter';

export interface JobStepsPage {
  job_id: string;
  total: number;
  after: number;
  limit: number;
  steps: JobStepView[];
}

@Injectable()
export class JobsService {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly queue: JobQueueService,
    private readonly events: EventPublisher,
  ) {}

  /**
   * Stores the job as pending, then queues it. Once the row is committed the job is
   * acknowledged: if queueing fails, the reconciler queues it within seconds.
   */
  async create(dto: CreateJobDto): Promise<JobView> {
    return this.store(planJob(dto));
  }

  async list(query: ListJobsQuery): Promise<JobView[]> {
    const jobs = await this.jobs.list({
      limit: query.limit ?? 100,
      status: query.status,
      type: query.type,
      idPrefix: query.q,
    });

    return jobs.map(presentJob);
  }

  async get(id: string): Promise<JobView> {
    return presentJob(await this.require(id));
  }

  async steps(id: string, query: JobStepsQuery): Promise<JobStepsPage> {
    await this.require(id);
    const after = query.after ?? 0;
    const limit = query.limit ?? 200;
    const [total, points] = await Promise.all([
      this.jobs.countSteps(id),
      this.jobs.steps(id, after, limit),
    ]);

    return { job_id: id, total, after, limit, steps: points.map(presentStep) };
  }

  /** A new job with the same parameters (seed included), linked to the one it retries. */
  async retry(id: string): Promise<JobView> {
    const original = await this.require(id);
    if (original.status === 'pending' || original.status === 'running') {
      throw new ConflictException(
        `job ${id} is ${original.status}; only a finished job can be retried`,
      );
    }

    const params = original.params as { policy?: Policy };

    return this.store(
      {
        type: original.type,
        algorithm: original.algorithm,
        policy: params.policy ?? 'explore',
        stepsTotal: original.stepsTotal,
        params: original.params as unknown as PlannedJob['params'],
      },
      original.id,
    );
  }

  async cancel(id: string): Promise<JobView> {
    const job = await this.require(id);
    const cancelled = await this.jobs.cancel(id);
    if (!cancelled) {
      throw new ConflictException(`job ${id} is already ${job.status}`);
    }

    await this.events.publish(cancelled.event);
    await this.queue.removeWaiting(id, job.type);

    return presentJob(cancelled.job);
  }

  private async store(plan: PlannedJob, parentId?: string): Promise<JobView> {
    const { job, event } = await this.jobs.create({
      type: plan.type,
      algorithm: plan.algorithm,
      mode: modeLabel(plan.policy),
      params: plan.params,
      stepsTotal: plan.stepsTotal,
      parentId,
    });

    await this.events.publish(event);
    await this.queue.tryEnqueue(job.id, job.type);

    return presentJob(job);
  }

  private async require(id: string): Promise<Job> {
    const job = await this.jobs.findById(id);
    if (!job) {
      throw new NotFoundException(`job ${id} does not exist`);
    }

    return job;
  }
}
