import type { Job } from '@prisma/client';
import type { PoolClient } from 'pg';

import { recordEvent } from '../events/event-store';
import type { StreamEvent } from '../events/stream-event';
import { presentJob } from '../jobs/job-view';
import { jobFromRow, JobRow } from './job-row';

/** A job row after a change, and the `job.updated` event that announces it. */
export interface JobTransition {
  job: Job;
  event: StreamEvent;
}

/**
 * One conditional `UPDATE jobs SET … WHERE …` inside the caller's transaction, with
 * `updated_at` kept current and the `job.updated` event recorded. `$1` is the job id; `values`
 * fill `$2` onwards. Null when no row matched (the job is gone or not in the expected state).
 */
export async function transitionJob(
  client: PoolClient,
  jobId: string,
  set: string,
  where: string,
  values: unknown[] = [],
): Promise<JobTransition | null> {
  const { rows } = await client.query<JobRow>(
    `UPDATE jobs SET ${set}, updated_at = now() WHERE id = $1 AND ${where} RETURNING *`,
    [jobId, ...values],
  );
  if (!rows[0]) {
    return null;
  }
  const job = jobFromRow(rows[0]);
  const event = await recordEvent(client, 'job.updated', job.id, { job: presentJob(job) });

  return { job, event };
}
