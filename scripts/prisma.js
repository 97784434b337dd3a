#!/usr/bin/env node
// Runs the Prisma CLI with qdash's config file and the timer preload, passing every argument on:
// `node scripts/prisma.js migrate deploy`.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const preload = `--require ${path.join(__dirname, 'prisma-unref-timers.cjs')}`;
const cli = require.resolve('prisma/build/index.js', { paths: [root] });
const args = process.argv.slice(2);
const withConfig = args.includes('--config')
  ? args
  : [...args, '--config', path.join(root, 'prisma', 'prisma.config.ts')];

// Without a database URL the CLI falls back to downloading a native engine, which fails offline.
const databaseUrl = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/qdash';

const result = spawnSync(process.execPath, [cli, ...withConfig], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${preload}`.trim(),
  },
});
process.exit(result.status ?? 1);
