import type { JobsOptions } from 'bullmq';

/**
 * How every queue entry is added: its id is the job row's id (so adding twice is a no-op), it
 * gets `attempts` tries with exponential backoff, and finished entries are trimmed because
 * PostgreSQL keeps the history.
 */
export function queueJobOptions(jobId: string, attempts: number): JobsOptions {
  return {
    jobId,
    attempts,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { count: 1000 },
    removeOnFail: { count: 1000 },
  };
}
