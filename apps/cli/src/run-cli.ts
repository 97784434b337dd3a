import { parseCommandLine } from './cli-arguments';
import type { CliCommand, CliIo } from './cli-command';
import { UsageError } from './cli-errors';
import { commandHelp, PROGRAM, programHelp } from './help-text';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/**
 * Runs one CLI invocation and returns its exit code: 0 ok, 1 when the command failed (message
 * `Error: …` on stderr), 2 for a malformed command line. Never throws.
 */
export function runCli(
  argv: readonly string[],
  commands: readonly CliCommand[],
  io: CliIo,
): number {
  try {
    const { command, options } = parseCommandLine(argv, commands);
    if (options.has('help')) {
      io.out(command === undefined ? programHelp(commands) : commandHelp(command));
      return EXIT_OK;
    }
    if (command === undefined) {
      io.err(programHelp(commands));
      return EXIT_USAGE;
    }

    command.run({ options, io });

    return EXIT_OK;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const helpFor = error.command === undefined ? '' : ` ${error.command}`;
    io.err(`Error: ${error.message}`);
    io.err(`Run "${PROGRAM}${helpFor} --help" for usage.`);

    return EXIT_USAGE;
  }

  io.err(`Error: ${error instanceof Error ? error.message : String(error)}`);

  return EXIT_FAILURE;
}
