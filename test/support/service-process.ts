import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import path from 'node:path';

import { ROOT } from './test-infra';
import { waitUntil } from './wait-until';

const LOG_DIR = path.join(ROOT, 'test-output', 'logs');

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A real API or worker process, run from the TypeScript sources through the swc loader. */
export class ServiceProcess {
  private output = '';
  private exited: Promise<ProcessExit>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    log: WriteStream,
  ) {
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString();
      log.write(chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /** Starts an API process and waits until it listens; `url` is its base URL. */
  static async api(
    name: string,
    env: Record<string, string>,
  ): Promise<ServiceProcess & { url: string }> {
    const service = ServiceProcess.spawn(name, 'apps/api/src/main.ts', env);
    const match = await service.waitForLog(/listening on (http:\/\/[\d.]+:\d+)/);

    return Object.assign(service, { url: match[1] });
  }

  /** Starts a worker process and waits until its queues are open. */
  static async worker(name: string, env: Record<string, string>): Promise<ServiceProcess> {
    const service = ServiceProcess.spawn(name, 'apps/worker/src/main.ts', env);
    await service.waitForLog(/qdash worker \S+ (\S+)/);

    return service;
  }

  private static spawn(name: string, entry: string, env: Record<string, string>): ServiceProcess {
    mkdirSync(LOG_DIR, { recursive: true });
    const log = createWriteStream(path.join(LOG_DIR, `${name}.log`));
    const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    return new ServiceProcess(name, child, log);
  }

  get logs(): string {
    return this.output;
  }

  /** Waits for a log line matching `pattern`; fails early if the process exits. */
  async waitForLog(pattern: RegExp, timeoutMs = 30000): Promise<RegExpMatchArray> {
    return waitUntil(
      `${this.name} to log ${pattern}`,
      () => {
        if (this.child.exitCode !== null) {
          throw new Error(`${this.name} exited (${this.child.exitCode}):\n${this.output}`);
        }

        return this.output.match(pattern) ?? undefined;
      },
      timeoutMs,
    );
  }

  /**
   * Sends `signal` and waits for the process to exit. After a graceful shutdown Nest re-raises
   * the signal, so a clean SIGTERM exit reports `signal: 'SIGTERM'` rather than code 0.
   */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 30000): Promise<ProcessExit> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill(signal);
    }
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${this.name} did not exit after ${signal}`)),
        timeoutMs,
      ).unref(),
    );

    return Promise.race([this.exited, timeout]);
  }
}
