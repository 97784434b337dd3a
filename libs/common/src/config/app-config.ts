/**
 * Everything a qdash process can be configured with, after validation. Sources, in order of
 * precedence: environment variables, then `metatron_telemetry.toml`, then defaults that work on
 * a machine with PostgreSQL and Redis on localhost.
 */
export interface AppConfig {
  /** Interface the API binds to (`METATRON__SERVER__HOST`, `[server] host`). */
  host: string;
  /** Port the API listens on (`METATRON__SERVER__PORT`, `[server] port`). */
  port: number;
  /** Folder the dashboard is served from (`METATRON__STATIC_DIR`, `static_dir`). */
  staticDir: string;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key qdash writes: queues, events, heartbeats (`QUEUE_PREFIX`). */
  queuePrefix: string;
  /** Jobs one worker process runs at once (`WORKER_CONCURRENCY`). */
  workerConcurrency: number;
  /** How long a worker's lock on a job lasts without renewal (`WORKER_LOCK_MS`). */
  workerLockMs: number;
  /** How often a worker announces itself (`WORKER_HEARTBEAT_MS`); it counts as gone after 3. */
  heartbeatMs: number;
  /** How often pending jobs missing from the queue are looked for (`RECONCILE_INTERVAL_MS`). */
  reconcileIntervalMs: number;
  /** Attempts a job gets before it is marked failed (`JOB_ATTEMPTS`). */
  jobAttempts: number;
  /** Origins allowed to call the API from a browser; empty means same origin only. */
  corsOrigins: string[];
  /** Largest request body accepted, in bytes (`BODY_LIMIT_BYTES`). */
  bodyLimitBytes: number;
  logLevel: LogLevel;
  logFormat: 'text' | 'json';
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
