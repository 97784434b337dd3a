import type { Job } from '@prisma/client';

import type { JobStatus, JobType } from './job-params';

/**
 * The original's job metrics (`energy`, `accuracy`, `duration_secs`, `iterations`, then extra
 * keys in alphabetical order), all null until the job has a result.
 */
export interface JobMetrics {
  energy: number | null;
  accuracy: number | null;
  duration_secs: number | null;
  iterations: number | null;
  [extra: string]: number | null;
}

/** A job as the API returns it and the stream sends it: the original's keys, then ours. */
export interface JobView {
  id: string;
  job_type: JobType;
  status: JobStatus;
  started_at: string | null;
  completed_at: string | null;
  metrics: JobMetrics;
  algorithm: string;
  mode: string;
  params: unknown;
  progress: number;
  steps_done: number;
  steps_total: number;
  result: unknown;
  error: string | null;
  attempts: number;
  worker_id: string | null;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
}

const EMPTY_METRICS: JobMetrics = {
  energy: null,
  accuracy: null,
  duration_secs: null,
  iterations: null,
};

/** Presents a job row. The checkpoint is internal and never leaves the service. */
export function presentJob(job: Job): JobView {
  const result = job.result as { metrics?: JobMetrics } | null;

  return {
    id: job.id,
    job_type: job.type,
    status: job.status,
    started_at: job.startedAt?.toISOString() ?? null,
    completed_at: job.completedAt?.toISOString() ?? null,
    metrics: result?.metrics ?? { ...EMPTY_METRICS },
    algorithm: job.algorithm,
    mode: job.mode,
    params: job.params,
    progress: job.stepsTotal > 0 ? job.stepsDone / job.stepsTotal : 0,
    steps_done: job.stepsDone,
    steps_total: job.stepsTotal,
    result: job.result,
    error: job.error,
    attempts: job.attempts,
    worker_id: job.workerId,
    parent_id: job.parentId,
    created_at: job.createdAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
  };
}
