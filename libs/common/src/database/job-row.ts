import type { Job } from '@prisma/client';

/** A `jobs` row as `pg` returns it (snake_case columns). */
export interface JobRow {
  id: string;
  type: Job['type'];
  status: Job['status'];
  algorithm: string;
  mode: string;
  params: Job['params'];
  steps_total: number;
  steps_done: number;
  attempts: number;
  worker_id: string | null;
  result: Job['result'];
  error: string | null;
  checkpoint: Job['checkpoint'];
  created_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
  updated_at: Date;
  parent_id: string | null;
}

/** The same row in the shape Prisma gives it, so one presenter serves both. */
export function jobFromRow(row: JobRow): Job {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    algorithm: row.algorithm,
    mode: row.mode,
    params: row.params,
    stepsTotal: row.steps_total,
    stepsDone: row.steps_done,
    attempts: row.attempts,
    workerId: row.worker_id,
    result: row.result,
    error: row.error,
    checkpoint: row.checkpoint,
    createdAt: row.created_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    updatedAt: row.updated_at,
    parentId: row.parent_id,
  };
}
