import { Injectable } from '@nestjs/common';
import type { Job } from '@prisma/client';

import { PrismaService, recordEvent, SqlPool, StreamEvent, transitionJob } from '@qdash/common';

import type { StepRecord } from '../kernel/step-record';
import { insertSteps, stepsPayload } from './step-rows';

/** What a worker holds once it has claimed a job. */
export type ClaimedJob = Job;

/** Statuses a job can still be moved out of. */
type OpenStatus = 'pending' | 'running';

/**
 * Everything a worker writes to PostgreSQL, through plain pg so computed numbers (steps,
 * checkpoints, results) are stored exactly (see SqlPool). Each write that changes what a
 * browser sees records its stream events in the same transaction and returns them for
 * publishing after the commit.
 */
@Injectable()
export class JobStoreRepository {
  constructor(
    private readonly sql: SqlPool,
    private readonly prisma: PrismaService,
  ) {}

  /**
   * Moves a pending or running job to running on this worker and counts the attempt. Null when
   * the job no longer exists or has already finished (completed, failed or cancelled).
   */
  async claim(
    jobId: string,
    workerId: string,
  ): Promise<{ job: ClaimedJob; events: StreamEvent[] } | null> {
    return this.sql.transaction(async (client) => {
      const claimed = await transitionJob(
        client,
        jobId,
        `status = 'running', worker_id = $2, attempts = attempts + 1, error = NULL,
         started_at = COALESCE(started_at, now())`,
        `status IN ('pending', 'running')`,
        [workerId],
      );

      return claimed ? { job: claimed.job, events: [claimed.event] } : null;
    });
  }

  /**
   * Stores a batch of steps and the checkpoint after its last step, atomically. Steps already
   * stored are skipped (`job_id, step` is unique), and the checkpoint only moves forward.
   * `stored` is false, and nothing is written, when the job is no longer running (cancelled, or
   * finished elsewhere). The events come in the order of their ids, which is the order browsers
   * must receive them in.
   */
  async storeSteps(
    job: ClaimedJob,
    steps: StepRecord[],
    checkpoint: unknown,
  ): Promise<{ stored: boolean; events: StreamEvent[] }> {
    const last = steps[steps.length - 1].step;

    return this.sql.transaction(async (client) => {
      const updated = await transitionJob(
        client,
        job.id,
        'steps_done = $2, checkpoint = $3::jsonb',
        `status = 'running' AND steps_done < $2`,
        [last, JSON.stringify(checkpoint)],
      );
      if (!updated) {
        return { stored: false, events: [] };
      }
      await insertSteps(client, job, steps);
      const stepsEvent = await recordEvent(client, 'job.steps', job.id, stepsPayload(job, steps));

      return { stored: true, events: [updated.event, stepsEvent] };
    });
  }

  /** Marks the job completed with its result summary; null if it was no longer open. */
  complete(jobId: string, result: unknown): Promise<StreamEvent[] | null> {
    return this.transition(
      jobId,
      ['pending', 'running'],
      `status = 'completed', result = $2::jsonb, checkpoint = NULL, completed_at = now()`,
      [JSON.stringify(result)],
    );
  }

  /** Marks the job failed for good, keeping its steps and checkpoint for inspection. */
  fail(jobId: string, error: string): Promise<StreamEvent[] | null> {
    return this.transition(
      jobId,
      ['pending', 'running'],
      `status = 'failed', error = $2, completed_at = now()`,
      [error],
    );
  }

  /** Puts a running job back to pending (a retry is scheduled, or this worker is stopping). */
  release(jobId: string, note: string | null): Promise<StreamEvent[] | null> {
    return this.transition(jobId, ['running'], `status = 'pending', worker_id = NULL, error = $2`, [
      note,
    ]);
  }

  /** The lowest ground energy measured over the job's stored steps; null if none was measured. */
  async lowestMeasuredEnergy(jobId: string): Promise<number | null> {
    const rows = await this.prisma.$queryRaw<{ energy: number | null }[]>`
      SELECT min((detail #>> '{evaluation,ground_energy}')::float8) AS energy
      FROM metric_points WHERE job_id = ${jobId}::uuid`;

    return rows[0]?.energy ?? null;
  }

  async status(jobId: string): Promise<Job['status'] | null> {
    const job = await this.prisma.job.findUnique({
      where: { id: jobId },
      select: { status: true },
    });

    return job?.status ?? null;
  }

  private async transition(
    jobId: string,
    from: OpenStatus[],
    set: string,
    values: unknown[],
  ): Promise<StreamEvent[] | null> {
    const where = `status = ANY($${values.length + 2})`;
    const moved = await this.sql.transaction((client) =>
      transitionJob(client, jobId, set, where, [...values, from]),
    );

    return moved ? [moved.event] : null;
  }
}
