import { COMMANDS } from './command-table';
import { runCli } from './run-cli';

// Entry point: `node -r @swc-node/register apps/cli/src/main.ts <command> [options]`.
process.exitCode = runCli(process.argv.slice(2), COMMANDS, {
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
