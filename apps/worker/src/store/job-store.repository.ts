import { Injectable } from '@nestjs/common';
import { Job, Prisma } from '@prisma/client';

import { fromStoredEvent, PrismaService, presentJob, StreamEvent, toJson } from '@qdash/common';

import type { StepRecord } from '../kernel/step-record';

/** What a worker holds once it has claimed a job. */
export type ClaimedJob = Job;

/**
 * Everything a worker writes to PostgreSQL. Each write that changes what a browser sees also
 * records its stream events in the same transaction and returns them for publishing.
 */
@Injectable()
export class JobStoreRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Moves a pending or running job to running on this worker and counts the attempt. Null when
   * the job no longer exists or has already finished (completed, failed or cancelled).
   */
  async claim(
    jobId: string,
    workerId: string,
  ): Promise<{ job: ClaimedJob; events: StreamEvent[] } | null> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.job.updateMany({
        where: { id: jobId, status: { in: ['pending', 'running'] } },
        data: { status: 'running', workerId, attempts: { increment: 1 }, error: null },
      });
      if (count === 0) {
        return null;
      }
      await tx.$executeRaw`UPDATE jobs SET started_at = COALESCE(started_at, now()) WHERE id = ${jobId}::uuid`;
      const job = await tx.job.findUniqueOrThrow({ where: { id: jobId } });

      return { job, events: [await jobUpdated(tx, job)] };
    });
  }

  /**
   * Stores a batch of steps and the checkpoint after its last step, atomically. Steps already
   * stored are skipped (`job_id, step` is unique), and the checkpoint only moves forward. Returns
   * false when the job is no longer running here (cancelled, or finished elsewhere).
   */
  async storeSteps(
    job: ClaimedJob,
    steps: StepRecord[],
    checkpoint: unknown,
  ): Promise<{ stored: boolean; events: StreamEvent[] }> {
    const last = steps[steps.length - 1].step;

    return this.prisma.$transaction(async (tx) => {
      await insertSteps(tx, job, steps);
      const { count } = await tx.job.updateMany({
        where: { id: job.id, status: 'running', stepsDone: { lt: last } },
        data: { stepsDone: last, checkpoint: toJson(checkpoint) },
      });
      if (count === 0) {
        return { stored: false, events: [] };
      }
      const updated = await tx.job.findUniqueOrThrow({ where: { id: job.id } });
      const stepsEvent = await tx.streamEvent.create({
        data: { type: 'job.steps', jobId: job.id, payload: toJson(stepsPayload(job, steps)) },
      });

      return { stored: true, events: [fromStoredEvent(stepsEvent), await jobUpdated(tx, updated)] };
    });
  }

  /** Marks the job completed with its result summary; false if it was no longer running. */
  complete(jobId: string, result: unknown): Promise<StreamEvent[] | null> {
    return this.finish(jobId, {
      status: 'completed',
      result: toJson(result),
      checkpoint: Prisma.DbNull,
    });
  }

  /** Marks the job failed for good, keeping its steps and checkpoint for inspection. */
  fail(jobId: string, error: string): Promise<StreamEvent[] | null> {
    return this.finish(jobId, { status: 'failed', error });
  }

  /** Puts a running job back to pending (a retry is scheduled, or this worker is stopping). */
  async release(jobId: string, note: string | null): Promise<StreamEvent[] | null> {
    return this.transition(jobId, ['running'], { status: 'pending', workerId: null, error: note });
  }

  /** The ground energy the evaluator measured at a stored step, if it measured one. */
  async measuredEnergy(jobId: string, step: number): Promise<number | null> {
    const rows = await this.prisma.$queryRaw<{ energy: number | null }[]>`
      SELECT (detail #>> '{evaluation,ground_energy}')::float8 AS energy
      FROM metric_points WHERE job_id = ${jobId}::uuid AND step = ${step}`;

    return rows[0]?.energy ?? null;
  }

  async status(jobId: string): Promise<Job['status'] | null> {
    const job = await this.prisma.job.findUnique({
      where: { id: jobId },
      select: { status: true },
    });

    return job?.status ?? null;
  }

  private finish(
    jobId: string,
    data: Prisma.JobUpdateManyMutationInput,
  ): Promise<StreamEvent[] | null> {
    return this.transition(jobId, ['pending', 'running'], { ...data, completedAt: new Date() });
  }

  private async transition(
    jobId: string,
    from: Job['status'][],
    data: Prisma.JobUpdateManyMutationInput,
  ): Promise<StreamEvent[] | null> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.job.updateMany({
        where: { id: jobId, status: { in: from } },
        data,
      });
      if (count === 0) {
        return null;
      }
      const job = await tx.job.findUniqueOrThrow({ where: { id: jobId } });

      return [await jobUpdated(tx, job)];
    });
  }
}

type Tx = Prisma.TransactionClient;

async function jobUpdated(tx: Tx, job: Job): Promise<StreamEvent> {
  const row = await tx.streamEvent.create({
    data: { type: 'job.updated', jobId: job.id, payload: { job: toJson(presentJob(job)) } },
  });

  return fromStoredEvent(row);
}

/** One INSERT … SELECT FROM unnest(…) for the whole batch: a round trip per batch, not per step. */
async function insertSteps(tx: Tx, job: ClaimedJob, steps: StepRecord[]): Promise<void> {
  const column = <T>(pick: (step: StepRecord) => T): T[] => steps.map(pick);
  await tx.$executeRaw`
    INSERT INTO metric_points (ts, psi, rho, omega, algorithm, mode, source, job_id, step, j,
      resonance_score, accepted, regime_switch, notes, detail)
    SELECT s.ts, s.psi, s.rho, s.omega, s.algorithm, ${job.mode}, 'job', ${job.id}::uuid, s.step,
      s.j, s.resonance_score, s.accepted, s.regime_switch, s.notes, s.detail::jsonb
    FROM unnest(
      ${column((step) => new Date(step.ts))}::timestamptz[],
      ${column((step) => step.psi)}::float8[],
      ${column((step) => step.rho)}::float8[],
      ${column((step) => step.omega)}::float8[],
      ${column((step) => step.algorithm)}::text[],
      ${column((step) => step.step)}::int[],
      ${column((step) => step.j)}::float8[],
      ${column((step) => step.resonance_score)}::float8[],
      ${column((step) => step.accepted)}::bool[],
      ${column((step) => step.regime_switch)}::bool[],
      ${column((step) => step.notes)}::text[],
      ${column((step) => JSON.stringify(step.detail))}::text[]
    ) AS s(ts, psi, rho, omega, algorithm, step, j, resonance_score, accepted, regime_switch,
      notes, detail)
    ON CONFLICT (job_id, step) DO NOTHING`;
}

/** The `job.steps` event: the chart-relevant numbers of each step, not the full detail. */
function stepsPayload(job: ClaimedJob, steps: StepRecord[]) {
  return {
    job_id: job.id,
    steps: steps.map((step) => ({
      step: step.step,
      ts: new Date(step.ts).toISOString(),
      psi: step.psi,
      rho: step.rho,
      omega: step.omega,
      j: step.j,
      accepted: step.accepted,
      regime_switch: step.regime_switch,
      resonance_score: step.resonance_score,
      notes: step.notes,
      algorithm: step.algorithm,
    })),
  };
}
