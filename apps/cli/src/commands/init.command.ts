import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { Configuration, parseConfiguration, parseEvaluatorName, parsePolicy } from '@qdash/kernel';

import { CliCommand, CommandContext, JSON_OPTION, STATE_OPTION } from '../cli-command';
import { CommandError } from '../cli-errors';
import { integerOption } from '../cli-values';
import {
  DEFAULT_EVALUATOR,
  DEFAULT_POLICY,
  DEFAULT_SEED,
  startCalibration,
} from '../new-calibration';
import { formatTriplet } from '../output-format';
import { stateStoreFor } from '../state-store';

/** `init`: starts a fresh calibration and overwrites the state file. */
export const initCommand: CliCommand = {
  name: 'init',
  summary: 'start a fresh calibration (overwrites the state file)',
  description:
    'Creates a new calibration from a seed and an initial configuration, evaluates it, saves the\n' +
    'state file (replacing any existing one) and prints the initial ψ/ρ/ω.',
  options: [
    { name: 'seed', value: 'N', description: `PRNG seed, 0..4294967295 (default ${DEFAULT_SEED})` },
    {
      name: 'config',
      value: 'FILE',
      description: 'initial configuration JSON (default: the default configuration)',
    },
    {
      name: 'evaluator',
      value: 'NAME',
      description: `estimate or benchmark (default ${DEFAULT_EVALUATOR})`,
    },
    {
      name: 'policy',
      value: 'POLICY',
      description: `DioniceKernel policy: explore, exploit or homeostasis (default ${DEFAULT_POLICY})`,
    },
    STATE_OPTION,
    JSON_OPTION,
  ],
  run: runInit,
};

function runInit({ options, io }: CommandContext): void {
  const seedText = options.value('seed');
  const configFile = options.value('config');
  const settings = {
    seed: seedText === undefined ? DEFAULT_SEED : integerOption('seed', seedText, 0, 0xffff_ffff),
    evaluator: parseEvaluatorName(options.value('evaluator') ?? DEFAULT_EVALUATOR),
    policy: parsePolicy(options.value('policy') ?? DEFAULT_POLICY),
    initialConfig: configFile === undefined ? undefined : readConfigurationFile(io.cwd, configFile),
  };

  const store = stateStoreFor(options, io);
  const { calibrator, start } = startCalibration(settings);
  store.save(calibrator);

  if (options.has('json')) {
    io.out(JSON.stringify({ state_file: store.displayPath, seed: settings.seed, ...start }));
    return;
  }
  io.out(
    `Initialized calibration in ${store.displayPath} ` +
      `(seed ${settings.seed}, evaluator ${settings.evaluator}, DioniceKernel policy ${settings.policy})`,
  );
  io.out(`Initial performance: ${formatTriplet(start.current_performance)}`);
}

function readConfigurationFile(cwd: string, file: string): Configuration {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CommandError(`cannot read configuration file ${file}: ${(error as Error).message}`);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CommandError(
      `configuration file ${file} is not valid JSON: ${(error as Error).message}`,
    );
  }

  return parseConfiguration(parsed, `configuration file ${file}`);
}
