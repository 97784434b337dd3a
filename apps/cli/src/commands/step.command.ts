import { CliCommand, CommandContext, JSON_OPTION, STATE_OPTION } from '../cli-command';
import { integerOption } from '../cli-values';
import {
  DEFAULT_EVALUATOR,
  DEFAULT_POLICY,
  DEFAULT_SEED,
  startCalibration,
} from '../new-calibration';
import { fixed4, formatStepLines, formatTriplet } from '../output-format';
import { StateStore, stateStoreFor } from '../state-store';

const MAX_STEPS = 1_000_000;

/** `step`: runs calibration steps from the state file and saves it. */
export const stepCommand: CliCommand = {
  name: 'step',
  summary: 'run calibration steps and save the state',
  description:
    'Loads the state file (or, when there is none, starts a calibration with seed ' +
    `${DEFAULT_SEED},\nthe ${DEFAULT_EVALUATOR} evaluator and the ${DEFAULT_POLICY} policy), ` +
    'runs N steps, saves the state and prints\neach step. With --json it prints exactly one JSON ' +
    'object (the step result) per line per step.',
  options: [
    {
      name: 'num-steps',
      short: 'n',
      value: 'N',
      description: `steps to run, 1..${MAX_STEPS} (default 1)`,
    },
    STATE_OPTION,
    JSON_OPTION,
  ],
  run: runStep,
};

function runStep({ options, io }: CommandContext): void {
  const countText = options.value('num-steps');
  const count = countText === undefined ? 1 : integerOption('num-steps', countText, 1, MAX_STEPS);
  const store = stateStoreFor(options, io);
  const calibrator = store.load() ?? startFresh(store, io.err);

  const results = calibrator.run(count);
  store.save(calibrator);

  if (options.has('json')) {
    results.forEach((result) => io.out(JSON.stringify(result)));
    return;
  }
  results.flatMap(formatStepLines).forEach((line) => io.out(line));
  const performance = calibrator.summary();
  io.out(
    `Final performance: ${formatTriplet(performance.current_performance)} ` +
      `(harmonic mean ${fixed4(performance.harmonic_mean)})`,
  );
  io.out(`State saved to ${store.displayPath}`);
}

function startFresh(store: StateStore, note: (line: string) => void) {
  note(`No state file ${store.displayPath}: starting a calibration with seed ${DEFAULT_SEED}`);

  return startCalibration({
    seed: DEFAULT_SEED,
    evaluator: DEFAULT_EVALUATOR,
    policy: DEFAULT_POLICY,
  }).calibrator;
}
