import type { CliCommand } from './cli-command';
import { benchmarkCommand } from './commands/benchmark.command';
import { dioniceCommand } from './commands/dionice.command';
import { exportCommand } from './commands/export.command';
import { initCommand } from './commands/init.command';
import { statusCommand } from './commands/status.command';
import { stepCommand } from './commands/step.command';
import { suiteCommand } from './commands/suite.command';

/** Every subcommand, in the order `--help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  stepCommand,
  statusCommand,
  exportCommand,
  dioniceCommand,
  benchmarkCommand,
  suiteCommand,
];
