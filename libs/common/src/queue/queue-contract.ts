/**
 * The queue contract between the API and the workers. Queue and job names exist only here.
 * A queue entry carries nothing but the job row's id: PostgreSQL holds the parameters, and the
 * BullMQ job id equals the row id, so enqueueing the same row twice is a no-op.
 */
export enum QueueName {
  Calibration = 'calibration',
  Benchmark = 'benchmark',
}

/** Payload of a job on the calibration queue. */
export interface CalibrationJobData {
  /** Id of the `jobs` row (and of the BullMQ job). */
  jobId: string;
}

/** Payload of a job on the benchmark queue. */
export interface BenchmarkJobData {
  /** Id of the `jobs` row (and of the BullMQ job). */
  jobId: string;
}

export interface QueuePayloads {
  [QueueName.Calibration]: CalibrationJobData;
  [QueueName.Benchmark]: BenchmarkJobData;
}

/** Which queue runs a job of a given type. */
export const QUEUE_FOR_JOB_TYPE = {
  calibration: QueueName.Calibration,
  benchmark: QueueName.Benchmark,
} as const satisfies Record<string, QueueName>;

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);

/** Redis key prefixes derived from the configured prefix, so tests can isolate themselves. */
export function redisKeys(prefix: string) {
  return {
    /** BullMQ's own prefix for queue keys. */
    bull: `${prefix}:bull`,
    /** Pub/sub channel carrying stream events from workers and API processes. */
    events: `${prefix}:events`,
    /** One key per live worker, expiring when its heartbeats stop. */
    worker: (workerId: string) => `${prefix}:worker:${workerId}`,
    workerPattern: `${prefix}:worker:*`,
    /** Lock that lets one API process at a time reconcile the queue with the database. */
    reconcileLock: `${prefix}:reconcile-lock`,
  };
}
