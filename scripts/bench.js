#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts in turn (or those named as arguments). Each one
// prints its own figures as ratios against a bare baseline measured in the same run.
const { spawnSync } = require('node:child_process');
const { readdirSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const requested = process.argv.slice(2);
const benches = readdirSync(path.join(ROOT, 'bench'))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => requested.length === 0 || requested.some((name) => file.startsWith(name)))
  .sort();

let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n### ${file}\n`);
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', path.join('bench', file)],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    failed += 1;
  }
}
process.exit(failed === 0 ? 0 : 1);
