#!/usr/bin/env node
// `npm start`: the whole service on a machine with PostgreSQL and Redis. Creates the database if
// it is missing, applies the migrations, builds, then runs the API and WORKERS worker processes
// (default 1), prefixing their output. Ctrl-C or SIGTERM stops them all gracefully.
// `npm run dev` (--dev) skips the build and runs the TypeScript sources through the swc loader.
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/qdash';

function fail(message) {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(1);
}

async function ensureDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      process.stdout.write(`Created database ${name}\n`);
    }
  } finally {
    await client.end();
  }
}

function run(label, args) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) {
    fail(`${label} failed`);
  }
}

const DEV = process.argv.includes('--dev');

function startService(label, app) {
  const entry = DEV
    ? ['-r', '@swc-node/register', `apps/${app}/src/main.ts`]
    : [`dist/apps/${app}/src/main.js`];
  const child = spawn(process.execPath, entry, { cwd: ROOT, env: process.env });
  const prefix = (stream, target) => {
    let pending = '';
    stream.on('data', (chunk) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop();
      lines.forEach((line) => target.write(`[${label}] ${line}\n`));
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);

  return child;
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  const workers = Number(process.env.WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    fail(`WORKERS must be an integer in [0, 64], got ${JSON.stringify(process.env.WORKERS)}`);
  }

  await ensureDatabase(databaseUrl).catch((error) =>
    fail(`cannot reach PostgreSQL at ${new URL(databaseUrl).host}: ${error.message}`),
  );
  run('migrations', [path.join(__dirname, 'prisma.js'), 'migrate', 'deploy']);
  if (!DEV) {
    run('build', [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
    run('build', [require.resolve('tsc-alias/dist/bin/index.js'), '-p', 'tsconfig.build.json']);
  }

  const children = [startService('api', 'api')];
  for (let index = 1; index <= workers; index++) {
    children.push(startService(`worker-${index}`, 'worker'));
  }

  let stopping = false;
  const stopAll = (signal) => {
    stopping = true;
    children.forEach((child) => child.exitCode === null && child.kill(signal));
  };
  process.on('SIGINT', () => stopAll('SIGTERM'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.on('exit', (code) => {
            if (!stopping) {
              process.stderr.write(
                `npm start: a service exited (code ${code}); stopping the rest\n`,
              );
              stopAll('SIGTERM');
            }
            resolve();
          }),
        ),
    ),
  );
}

main().catch((error) => fail(error.stack ?? String(error)));
