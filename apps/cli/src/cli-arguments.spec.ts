import { parseCommandLine } from './cli-arguments';
import type { CliCommand } from './cli-command';
import { UsageError } from './cli-errors';
import { COMMANDS } from './command-table';

function parse(argv: string[]) {
  const { command, options } = parseCommandLine(argv, COMMANDS);

  return { command: command?.name, options };
}

function usageError(argv: string[]): UsageError {
  try {
    parseCommandLine(argv, COMMANDS);
  } catch (error) {
    if (error instanceof UsageError) {
      return error;
    }
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('accepts options before and after the command, in every spelling', () => {
    const before = parse(['--state', 'a.json', '-n', '4', 'step', '--json']);
    const after = parse(['step', '--state=a.json', '--num-steps', '4', '--json']);
    const alias = parse(['step', '--state-file', 'a.json', '-n=4', '--json']);

    for (const parsed of [before, after, alias]) {
      expect(parsed.command).toBe('step');
      expect(parsed.options.value('state')).toBe('a.json');
      expect(parsed.options.value('num-steps')).toBe('4');
      expect(parsed.options.has('json')).toBe(true);
    }
  });

  it('takes the token after a value option as its value, even when it starts with a dash', () => {
    const { options } = parse(['dionice', '--psi', '-0.5', '--rho', '0.5']);

    expect(options.value('psi')).toBe('-0.5');
    expect(options.value('rho')).toBe('0.5');
  });

  it('knows help without a command', () => {
    const { command, options } = parse(['--help']);

    expect(command).toBeUndefined();
    expect(options.has('help')).toBe(true);
    expect(parse(['-h', 'init']).command).toBe('init');
  });

  it.each([
    [['bogus'], 'unknown command "bogus"', undefined],
    [['step', '--seed', '3'], 'unknown option --seed for command "step"', 'step'],
    [['--seed', '3', 'step'], 'unknown option --seed for command "step"', 'step'],
    [['--colour', 'init'], 'unknown option --colour', undefined],
    [['init', '--seed'], 'option --seed needs a value (N)', 'init'],
    [['init', '--json=yes'], 'option --json=yes takes no value', 'init'],
    [['init', 'status'], 'unexpected argument "status"', 'init'],
    [['status', '--', 'x'], 'unexpected argument "x"', 'status'],
  ])('rejects %j', (argv, message, command) => {
    const error = usageError(argv);

    expect(error.message).toBe(message);
    expect(error.command).toBe(command);
  });

  it('lets a new command be added through the table alone', () => {
    const plot: CliCommand = {
      name: 'plot',
      summary: 'draw a chart',
      description: 'Draws a chart.',
      options: [{ name: 'suite', value: 'NAME', description: 'suite to run' }],
      run: () => undefined,
    };
    const parsed = parseCommandLine(['--suite', 'vqe', 'plot'], [...COMMANDS, plot]);

    expect(parsed.command).toBe(plot);
    expect(parsed.options.value('suite')).toBe('vqe');
  });
});
