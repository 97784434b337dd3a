import { Injectable } from '@nestjs/common';
import { Job, MetricPoint, Prisma } from '@prisma/client';

import {
  jobFromRow,
  JobRow,
  JobStatus,
  JobTransition,
  JobType,
  PrismaService,
  presentJob,
  recordEvent,
  SqlPool,
  transitionJob,
} from '@qdash/common';

export interface NewJob {
  type: JobType;
  algorithm: string;
  mode: string;
  params: unknown;
  stepsTotal: number;
  parentId?: string;
}

export interface JobFilter {
  limit: number;
  status?: JobStatus;
  type?: JobType;
  idPrefix?: string;
}

/** A job row after a change, and the stream event that announces it. */
export type Transition = JobTransition;

/** The only place the API reads and writes job rows. */
@Injectable()
export class JobsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly sql: SqlPool,
  ) {}

  /**
   * Inserts the job and its `job.created` event in one transaction, through pg so the
   * parameters are stored exactly as validated (see SqlPool).
   */
  async create(data: NewJob): Promise<Transition> {
    return this.sql.transaction(async (client) => {
      const { rows } = await client.query<JobRow>(
        `INSERT INTO jobs (id, type, algorithm, mode, params, steps_total, parent_id)
         VALUES (gen_random_uuid(), $1, $2, $3, $4::jsonb, $5, $6) RETURNING *`,
        [
          data.type,
          data.algorithm,
          data.mode,
          JSON.stringify(data.params),
          data.stepsTotal,
          data.parentId ?? null,
        ],
      );
      const job = jobFromRow(rows[0]);
      const event = await recordEvent(client, 'job.created', job.id, { job: presentJob(job) });

      return { job, event };
    });
  }

  findById(id: string): Promise<Job | null> {
    return this.prisma.job.findUnique({ where: { id } });
  }

  /** The most recently created job. */
  newest(): Promise<Job | null> {
    return this.prisma.job.findFirst({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  }

  /** Newest first. An id prefix is matched on the id's text form. */
  async list(filter: JobFilter): Promise<Job[]> {
    const where: Prisma.JobWhereInput = { status: filter.status, type: filter.type };
    if (filter.idPrefix) {
      const ids = await this.idsStartingWith(filter.idPrefix, filter.limit);
      where.id = { in: ids };
    }

    return this.prisma.job.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: filter.limit,
    });
  }

  /** Steps numbered above `after`, in order. */
  steps(jobId: string, after: number, limit: number): Promise<MetricPoint[]> {
    return this.prisma.metricPoint.findMany({
      where: { jobId, step: { gt: after } },
      orderBy: { step: 'asc' },
      take: limit,
    });
  }

  countSteps(jobId: string): Promise<number> {
    return this.prisma.metricPoint.count({ where: { jobId } });
  }

  /** Cancels a job that has not finished; null when it had already finished. */
  cancel(id: string): Promise<Transition | null> {
    return this.finishUnfinished(id, `status = 'cancelled'`, []);
  }

  /** Marks an unfinished job failed (its queue entry gave up without the worker saying so). */
  markFailed(id: string, error: string): Promise<Transition | null> {
    return this.finishUnfinished(id, `status = 'failed', error = $2`, [error]);
  }

  /** Jobs that should be in the queue: not finished, and created before `createdBefore`. */
  unfinished(createdBefore: Date, limit: number): Promise<Pick<Job, 'id' | 'type'>[]> {
    return this.prisma.job.findMany({
      where: { status: { in: ['pending', 'running'] }, createdAt: { lt: createdBefore } },
      select: { id: true, type: true },
      orderBy: { createdAt: 'asc' },
      take: limit,
    });
  }

  /** Moves a pending or running job to a final status and records the `job.updated` event. */
  private finishUnfinished(id: string, set: string, values: unknown[]): Promise<Transition | null> {
    return this.sql.transaction((client) =>
      transitionJob(
        client,
        id,
        `${set}, completed_at = now()`,
        `status IN ('pending', 'running')`,
        values,
      ),
    );
  }

  private async idsStartingWith(prefix: string, limit: number): Promise<string[]> {
    const pattern = `${prefix.toLowerCase()}%`;
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM jobs WHERE id::text LIKE ${pattern}
      ORDER BY created_at DESC LIMIT ${limit}`;

    return rows.map((row) => row.id);
  }
}
