import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

function directoryWith(toml?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qdash-config-'));
  if (toml !== undefined) {
    writeFileSync(path.join(dir, 'metatron_telemetry.toml'), toml);
  }

  return dir;
}

function problemsOf(env: Record<string, string>, cwd = directoryWith()): string[] {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    return (error as ConfigError).problems;
  }

  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('works on a developer machine with no settings at all', () => {
    const cwd = directoryWith();
    const config = loadConfig({}, cwd);

    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      staticDir: path.join(cwd, 'static'),
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/qdash',
      redisUrl: 'redis://127.0.0.1:6379',
      queuePrefix: 'qdash',
      workerConcurrency: 2,
      jobAttempts: 3,
      corsOrigins: [],
      logLevel: 'log',
      logFormat: 'text',
    });
  });

  it("reads the guide's metatron_telemetry.toml, static_dir under [server] included", () => {
    const cwd = directoryWith('[server]\nhost = "0.0.0.0"\nport = 3000\n\nstatic_dir = "web"\n');

    expect(loadConfig({}, cwd)).toMatchObject({
      host: '0.0.0.0',
      port: 3000,
      staticDir: path.join(cwd, 'web'),
    });
  });

  it("lets the guide's METATRON__SERVER__* variables (and the original's working names) win over the file", () => {
    const cwd = directoryWith('[server]\nhost = "0.0.0.0"\nport = 3000\n');

    expect(loadConfig({ METATRON__SERVER__PORT: '9000' }, cwd).port).toBe(9000);
    expect(loadConfig({ METATRON_SERVER__HOST: '10.0.0.1' }, cwd).host).toBe('10.0.0.1');
    expect(loadConfig({ METATRON_CONFIG: '' }, cwd).port).toBe(8080);
  });

  it('reads the conventional variables', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5433/x',
        REDIS_URL: 'redis://cache:6380',
        WORKER_CONCURRENCY: '4',
        LOG_LEVEL: 'INFO',
        LOG_FORMAT: 'json',
        CORS_ORIGINS: 'https://a.example, https://b.example',
      },
      directoryWith(),
    );

    expect(config).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5433/x',
      redisUrl: 'redis://cache:6380',
      workerConcurrency: 4,
      logLevel: 'log',
      logFormat: 'json',
      corsOrigins: ['https://a.example', 'https://b.example'],
    });
  });

  it('lists every bad value in one error', () => {
    const problems = problemsOf({
      METATRON__SERVER__PORT: '70000',
      DATABASE_URL: 'mysql://localhost/x',
      REDIS_URL: 'not a url',
      WORKER_CONCURRENCY: 'two',
      LOG_LEVEL: 'loud',
      QUEUE_PREFIX: 'has space',
    });

    expect(problems).toEqual([
      'METATRON__SERVER__PORT: must be an integer in [0, 65535], got "70000"',
      'DATABASE_URL: must be a postgres: or postgresql:// URL',
      'REDIS_URL: must be a redis: or rediss:// URL',
      'QUEUE_PREFIX: must match ^[A-Za-z0-9_.-]{1,64}$, got "has space"',
      'WORKER_CONCURRENCY: must be an integer in [1, 64], got "two"',
      'LOG_LEVEL: must be one of error, warn, log, debug, verbose, got "loud"',
    ]);
  });

  it('rejects a broken file, unknown keys and a missing explicit file', () => {
    const broken = directoryWith('[server\nport = ');
    const unknown = directoryWith('[server]\nhots = "x"\n[database]\nurl = "y"\n');

    expect(problemsOf({}, broken)[0]).toMatch(/metatron_telemetry\.toml: not valid TOML/);
    expect(problemsOf({}, unknown)).toEqual([
      expect.stringContaining('unknown key "database"'),
      expect.stringContaining('unknown key "server.hots"'),
    ]);
    expect(problemsOf({ METATRON_CONFIG: 'nowhere.toml' })[0]).toMatch(
      /METATRON_CONFIG: file .*nowhere\.toml does not exist/,
    );
  });
});
