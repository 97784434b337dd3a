import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Real processes, as a user runs `npm run kernel -- …`, each in its own temporary directory.
const REPO = resolve(__dirname, '../../../..');
const MAIN = join(REPO, 'apps/cli/src/main.ts');
const REGISTER = require.resolve('@swc-node/register', { paths: [REPO] });

/** How one CLI process ended. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const directories: string[] = [];

/** A fresh temporary working directory, removed by `removeWorkspaces()`. */
export function workspace(): string {
  const directory = mkdtempSync(join(tmpdir(), 'qdash-cli-'));
  directories.push(directory);

  return directory;
}

export function removeWorkspaces(): void {
  directories.splice(0).forEach((directory) => rmSync(directory, { recursive: true, force: true }));
}

/** Runs the kernel CLI in `cwd` with `args` and waits for it. */
export function kernel(cwd: string, ...args: string[]): Run {
  const run = spawnSync(process.execPath, ['-r', REGISTER, MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SWC_NODE_PROJECT: join(REPO, 'tsconfig.json') },
  });

  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
