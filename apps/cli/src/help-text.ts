import type { CliCommand, OptionSpec } from './cli-command';
import { HELP_OPTION } from './cli-command';

/** How the CLI is started, for usage lines. */
export const PROGRAM = 'kernel';

/** The help for the whole CLI. */
export function programHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);

  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'The Seraphic Calibration Shell and the DioniceKernel on the command line.',
    '',
    'Commands:',
    ...list,
    '',
    `Options may stand before or after the command. Run "${PROGRAM} <command> --help" for a`,
    "command's options.",
    '',
    'Exit codes: 0 ok, 1 runtime or validation error, 2 usage error.',
  ].join('\n');
}

/** The help for one command. */
export function commandHelp(command: CliCommand): string {
  const options = [...command.options, HELP_OPTION];
  const labels = options.map(optionLabel);
  const width = Math.max(...labels.map((label) => label.length));
  const lines = options.map(
    (option, index) => `  ${labels[index].padEnd(width)}  ${option.description}`,
  );

  return [
    `Usage: ${PROGRAM} ${command.name} [options]`,
    '',
    command.description,
    '',
    'Options:',
    ...lines,
  ].join('\n');
}

function optionLabel(option: OptionSpec): string {
  const names = [
    ...(option.short === undefined ? [] : [`-${option.short}`]),
    `--${option.name}`,
    ...(option.aliases ?? []).map((alias) => `--${alias}`),
  ];
  const value = option.value === undefined ? '' : ` ${option.value}`;

  return `${names.join(', ')}${value}`;
}
