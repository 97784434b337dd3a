import type { Job } from 'bullmq';

import type { QueueName } from '@qdash/common';

/** How a processor's run of a job ended, for the per-job log line. */
export interface ProcessOutcome {
  /** Steps this run computed and stored. */
  steps: number;
  /** `completed`, or why the run stopped early without failing. */
  ending: 'completed' | 'cancelled' | 'already-finished' | 'released';
}

/**
 * Runs the jobs of one queue. A processor claims its job row, does the work, and stores its
 * result; it must be safe to run twice for the same job (a retry, or a stalled job picked up by
 * another worker). When `shutdown` is aborted it stops after storing what it has, and returns
 * `released` so the queue gives the job to another worker without spending an attempt.
 */
export interface JobProcessor<Data = unknown> {
  readonly queue: QueueName;
  process(job: Job<Data>, shutdown: AbortSignal): Promise<ProcessOutcome>;
}

/** Injection token of the list of all processors. */
export const JOB_PROCESSORS = Symbol('JOB_PROCESSORS');

/** Identity of this worker process, shared by the processors and the heartbeat. */
export const WORKER_ID = Symbol('WORKER_ID');
