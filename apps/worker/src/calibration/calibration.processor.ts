import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

import { CalibrationJobData, CalibrationJobParams, EventPublisher, QueueName } from '@qdash/common';

import { KernelSession } from '../kernel/kernel-session';
import { JobProcessor, ProcessOutcome, WORKER_ID } from '../runtime/job-processor';
import { ClaimedJob, JobStoreRepository } from '../store/job-store.repository';
import { calibrationResult } from './calibration-result';

/** A batch ends after this many steps or this much computing, whichever comes first. */
const BATCH_STEPS = 50;
const BATCH_MS = 250;

/**
 * Runs calibration jobs: claims the row, resumes after the last stored step from its
 * checkpoint, computes steps in a kernel thread while the previous batch is being stored, and
 * stores the result summary at the end.
 */
@Injectable()
export class CalibrationProcessor implements JobProcessor<CalibrationJobData> {
  readonly queue = QueueName.Calibration;

  constructor(
    private readonly store: JobStoreRepository,
    private readonly events: EventPublisher,
    @Inject(WORKER_ID) private readonly workerId: string,
  ) {}

  async process(job: Job<CalibrationJobData>, shutdown: AbortSignal): Promise<ProcessOutcome> {
    const claimed = await this.store.claim(job.data.jobId, this.workerId);
    if (!claimed) {
      return { steps: 0, ending: 'already-finished' };
    }
    await this.events.publish(claimed.events);

    const session = new KernelSession();
    try {
      const params = claimed.job.params as unknown as CalibrationJobParams;
      const open = {
        kind: 'open-calibration',
        params,
        checkpoint: claimed.job.checkpoint,
      } as const;
      await session.request(open, 'opened');

      return await this.runSteps(claimed.job, params, session, shutdown);
    } finally {
      await session.close();
    }
  }

  private async runSteps(
    job: ClaimedJob,
    params: CalibrationJobParams,
    session: KernelSession,
    shutdown: AbortSignal,
  ): Promise<ProcessOutcome> {
    const nextBatch = () =>
      session.request({ kind: 'next-steps', maxSteps: BATCH_STEPS, maxMs: BATCH_MS }, 'steps');
    let stored = 0;
    let batch = await nextBatch();
    while (batch.steps.length > 0) {
      const ahead = nextBatch();
      ahead.catch(() => undefined); // settled below, or abandoned when the run stops early
      const write = await this.store.storeSteps(job, batch.steps, batch.checkpoint);
      if (!write.stored) {
        return { steps: stored, ending: await this.whyStopped(job.id) };
      }
      await this.events.publish(write.events);
      stored += batch.steps.length;
      if (shutdown.aborted) {
        return { steps: stored, ending: 'released' };
      }
      batch = await ahead;
    }

    const lowestEnergy = await this.store.lowestMeasuredEnergy(job.id);
    const duration = Date.now() - (job.startedAt ?? job.createdAt).getTime();
    const result = calibrationResult(params, batch.summary, lowestEnergy, duration);
    const completed = await this.store.complete(job.id, result);
    if (!completed) {
      return { steps: stored, ending: await this.whyStopped(job.id) };
    }
    await this.events.publish(completed);

    return { steps: stored, ending: 'completed' };
  }

  private async whyStopped(jobId: string): Promise<ProcessOutcome['ending']> {
    return (await this.store.status(jobId)) === 'cancelled' ? 'cancelled' : 'already-finished';
  }
}
