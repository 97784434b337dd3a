import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse as parseToml } from 'smol-toml';

import { AppConfig, LOG_LEVELS } from './app-config';
import { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

/** Values read from `metatron_telemetry.toml`; `static_dir` may stand at the top or in [server]. */
interface FileSettings {
  host?: unknown;
  port?: unknown;
  staticDir?: unknown;
}

/** Read from the working directory unless METATRON_CONFIG names another file ('' for none). */
const DEFAULT_CONFIG_FILE = 'metatron_telemetry.toml';

/**
 * Reads and validates the configuration once. Every invalid value is collected, and a single
 * ConfigError lists them all.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const file = readConfigFile(env, cwd, problems);
  const read = new Reader(env, problems);

  const config: AppConfig = {
    host: read.string(['METATRON__SERVER__HOST', 'METATRON_SERVER__HOST'], file.host, '127.0.0.1'),
    port: read.integer(['METATRON__SERVER__PORT', 'METATRON_SERVER__PORT', 'PORT'], file.port, {
      fallback: 8080,
      min: 0,
      max: 65535,
    }),
    staticDir: path.resolve(
      cwd,
      read.string(['METATRON__STATIC_DIR', 'METATRON_STATIC_DIR'], file.staticDir, 'static'),
    ),
    databaseUrl: read.url('DATABASE_URL', 'postgresql://postgres@127.0.0.1:5432/qdash', [
      'postgres:',
      'postgresql:',
    ]),
    redisUrl: read.url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: read.pattern('QUEUE_PREFIX', 'qdash', /^[A-Za-z0-9_.-]{1,64}$/),
    workerConcurrency: read.integer(['WORKER_CONCURRENCY'], undefined, {
      fallback: 2,
      min: 1,
      max: 64,
    }),
    workerLockMs: read.integer(['WORKER_LOCK_MS'], undefined, { fallback: 30000, min: 1000 }),
    heartbeatMs: read.integer(['WORKER_HEARTBEAT_MS'], undefined, { fallback: 5000, min: 100 }),
    reconcileIntervalMs: read.integer(['RECONCILE_INTERVAL_MS'], undefined, {
      fallback: 5000,
      min: 100,
    }),
    jobAttempts: read.integer(['JOB_ATTEMPTS'], undefined, { fallback: 3, min: 1, max: 100 }),
    corsOrigins: read.list('CORS_ORIGINS'),
    bodyLimitBytes: read.integer(['BODY_LIMIT_BYTES'], undefined, {
      fallback: 1024 * 1024,
      min: 1024,
      max: 64 * 1024 * 1024,
    }),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'log', { info: 'log' }),
    logFormat: read.oneOf('LOG_FORMAT', ['text', 'json'] as const, 'text', {}),
  };

  if (problems.length > 0) {
    throw new ConfigError(problems);
  }

  return config;
}

function readConfigFile(env: Env, cwd: string, problems: string[]): FileSettings {
  const explicit = env.METATRON_CONFIG;
  if (explicit === '') {
    return {};
  }
  const file = path.resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    if (explicit) {
      problems.push(`METATRON_CONFIG: file ${file} does not exist`);
    }

    return {};
  }

  try {
    return settingsFrom(parseToml(readFileSync(file, 'utf8')), file, problems);
  } catch (error) {
    problems.push(`${file}: not valid TOML (${(error as Error).message.split('\n')[0]})`);

    return {};
  }
}

function settingsFrom(toml: Record<string, unknown>, file: string, problems: string[]) {
  const server = (toml.server ?? {}) as Record<string, unknown>;
  const known = new Set(['server', 'static_dir']);
  const knownServer = new Set(['host', 'port', 'static_dir']);
  for (const key of Object.keys(toml).filter((name) => !known.has(name))) {
    problems.push(`${file}: unknown key "${key}" (expected [server] host, port and static_dir)`);
  }
  for (const key of Object.keys(server).filter((name) => !knownServer.has(name))) {
    problems.push(`${file}: unknown key "server.${key}" (expected host, port, static_dir)`);
  }

  return { host: server.host, port: server.port, staticDir: toml.static_dir ?? server.static_dir };
}

/** Reads typed values from the environment (or a file value), recording every problem. */
class Reader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(names: string[], fileValue: unknown, fallback: string): string {
    const [name, raw] = this.first(names);
    if (raw !== undefined) {
      return raw;
    }
    if (fileValue === undefined) {
      return fallback;
    }
    if (typeof fileValue !== 'string' || fileValue === '') {
      this.problems.push(`config file: ${name} must be a non-empty string`);

      return fallback;
    }

    return fileValue;
  }

  integer(
    names: string[],
    fileValue: unknown,
    rule: { fallback: number; min: number; max?: number },
  ): number {
    const [name, raw] = this.first(names);
    const value = raw ?? fileValue;
    if (value === undefined) {
      return rule.fallback;
    }
    const parsed = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
    const max = rule.max ?? Number.MAX_SAFE_INTEGER;
    if (
      typeof parsed !== 'number' ||
      !Number.isInteger(parsed) ||
      parsed < rule.min ||
      parsed > max
    ) {
      this.problems.push(
        `${name}: must be an integer in [${rule.min}, ${max}], got ${JSON.stringify(value)}`,
      );

      return rule.fallback;
    }

    return parsed;
  }

  url(name: string, fallback: string, protocols: string[]): string {
    const raw = this.env[name];
    if (raw === undefined || raw === '') {
      return fallback;
    }
    try {
      const protocol = new URL(raw).protocol;
      if (protocols.includes(protocol)) {
        return raw;
      }
    } catch {
      // reported below
    }
    this.problems.push(`${name}: must be a ${protocols.join(' or ')}// URL`);

    return fallback;
  }

  pattern(name: string, fallback: string, rule: RegExp): string {
    const raw = this.env[name];
    if (raw === undefined || raw === '') {
      return fallback;
    }
    if (!rule.test(raw)) {
      this.problems.push(`${name}: must match ${rule.source}, got ${JSON.stringify(raw)}`);

      return fallback;
    }

    return raw;
  }

  list(name: string): string[] {
    return (this.env[name] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  oneOf<T extends string>(
    name: string,
    allowed: readonly T[],
    fallback: T,
    aliases: Record<string, T>,
  ): T {
    const raw = this.env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') {
      return fallback;
    }
    const value = aliases[raw] ?? raw;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(
        `${name}: must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`,
      );

      return fallback;
    }

    return value;
  }

  private first(names: string[]): [string, string | undefined] {
    for (const name of names) {
      const value = this.env[name];
      if (value !== undefined && value !== '') {
        return [name, value];
      }
    }

    return [names[0], undefined];
  }
}
