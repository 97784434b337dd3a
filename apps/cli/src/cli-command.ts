import type { ParsedOptions } from './cli-arguments';

/** One option a command accepts. */
export interface OptionSpec {
  /** Long name without dashes, e.g. `num-steps`. */
  name: string;
  /** Other long names, e.g. `state-file`. */
  aliases?: readonly string[];
  /** One-letter short form without the dash, e.g. `n`. */
  short?: string;
  /** Name of the value in help, e.g. `FILE`; absent for a flag. */
  value?: string;
  description: string;
}

/** Where a command writes and which directory it works in. */
export interface CliIo {
  cwd: string;
  /** Writes one line to standard output. */
  out: (line: string) => void;
  /** Writes one line to standard error. */
  err: (line: string) => void;
}

export interface CommandContext {
  options: ParsedOptions;
  io: CliIo;
}

/**
 * A subcommand of the kernel CLI. Add one by writing a `*.command.ts` file that exports it and
 * listing it in `command-table.ts`; parsing, help and exit codes come for free.
 */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Longer help text printed under the usage line. */
  description: string;
  options: readonly OptionSpec[];
  /** Does the work; throws a UsageError (exit 2) or any other error (exit 1). */
  run(context: CommandContext): void;
}

/** Options several commands share. */
export const STATE_OPTION: OptionSpec = {
  name: 'state',
  aliases: ['state-file'],
  value: 'FILE',
  description: 'calibration state file (default: scs_state.json in the working directory)',
};
export const JSON_OPTION: OptionSpec = {
  name: 'json',
  description: 'print JSON instead of text',
};
export const HELP_OPTION: OptionSpec = {
  name: 'help',
  short: 'h',
  description: 'show this help',
};
