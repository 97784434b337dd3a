import type { CliCommand, OptionSpec } from './cli-command';
import { HELP_OPTION } from './cli-command';
import { UsageError } from './cli-errors';

/** The options given on the command line, by their canonical long name. */
export class ParsedOptions {
  constructor(private readonly values: ReadonlyMap<string, string | true>) {}

  /** The value of an option that takes one, or undefined when it was not given. */
  value(name: string): string | undefined {
    const value = this.values.get(name);

    return typeof value === 'string' ? value : undefined;
  }

  /** Whether a flag (or any option) was given. */
  has(name: string): boolean {
    return this.values.has(name);
  }
}

export interface ParsedCommandLine {
  /** Undefined when no command was named (e.g. a bare `--help`). */
  command: CliCommand | undefined;
  options: ParsedOptions;
}

/**
 * Parses `argv` against the command table. Options may stand before or after the command, as
 * `--name value`, `--name=value` or `-x value`; `--` ends option parsing. Before the command is
 * known an option is looked up among all commands' options, afterwards it must belong to the
 * command. Everything malformed is a UsageError.
 */
export function parseCommandLine(
  argv: readonly string[],
  commands: readonly CliCommand[],
): ParsedCommandLine {
  const given: { spec: OptionSpec; token: string; value: string | true }[] = [];
  let command: CliCommand | undefined;

  for (let index = 0; index < argv.length; index++) {
    const token = argv[index];
    if (token === '--' || !token.startsWith('-') || token === '-') {
      const words = token === '--' ? argv.slice(index + 1) : [token];
      command = takeCommand(words, command, commands);
      if (token === '--') {
        break;
      }
      continue;
    }

    const [name, inline] = splitOption(token);
    const spec = findOption(name, command ? [command] : commands, token, command);
    if (spec.value === undefined) {
      if (inline !== undefined) {
        throw new UsageError(`option ${token} takes no value`, command?.name);
      }
      given.push({ spec, token, value: true });
      continue;
    }

    const value = inline ?? argv[++index];
    if (value === undefined) {
      throw new UsageError(`option ${token} needs a value (${spec.value})`, command?.name);
    }
    given.push({ spec, token, value });
  }

  return { command, options: collect(given, command) };
}

function takeCommand(
  words: readonly string[],
  current: CliCommand | undefined,
  commands: readonly CliCommand[],
): CliCommand | undefined {
  let command = current;
  for (const word of words) {
    if (command !== undefined) {
      throw new UsageError(`unexpected argument "${word}"`, command.name);
    }
    command = commands.find((candidate) => candidate.name === word);
    if (command === undefined) {
      throw new UsageError(`unknown command "${word}"`);
    }
  }

  return command;
}

function splitOption(token: string): [string, string | undefined] {
  const equals = token.indexOf('=');
  const body = equals === -1 ? token : token.slice(0, equals);
  const inline = equals === -1 ? undefined : token.slice(equals + 1);

  return [body, inline];
}

function findOption(
  name: string,
  pool: readonly CliCommand[],
  token: string,
  command: CliCommand | undefined,
): OptionSpec {
  const specs = [HELP_OPTION, ...pool.flatMap((candidate) => candidate.options)];
  const spec = specs.find((candidate) => matches(candidate, name));
  if (spec === undefined) {
    const where = command ? ` for command "${command.name}"` : '';
    throw new UsageError(`unknown option ${token}${where}`, command?.name);
  }

  return spec;
}

function matches(spec: OptionSpec, name: string): boolean {
  if (name.startsWith('--')) {
    const long = name.slice(2);

    return spec.name === long || (spec.aliases ?? []).includes(long);
  }

  return spec.short !== undefined && name === `-${spec.short}`;
}

/** Checks options given before the command against it and keys them by canonical name. */
function collect(
  given: readonly { spec: OptionSpec; token: string; value: string | true }[],
  command: CliCommand | undefined,
): ParsedOptions {
  const values = new Map<string, string | true>();
  for (const { spec, token, value } of given) {
    const known =
      spec === HELP_OPTION || command?.options.some((own) => own.name === spec.name) !== false;
    if (!known && command !== undefined) {
      throw new UsageError(`unknown option ${token} for command "${command.name}"`, command.name);
    }
    values.set(spec.name, value);
  }

  return new ParsedOptions(values);
}
