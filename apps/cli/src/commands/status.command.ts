import { SeraphicCalibrator } from '@qdash/kernel';

import { CliCommand, CommandContext, JSON_OPTION, STATE_OPTION } from '../cli-command';
import { CommandError } from '../cli-errors';
import { formatStatusLines } from '../output-format';
import { StateStore, stateStoreFor } from '../state-store';

/** `status`: shows where the saved calibration stands. */
export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'show where the calibration stands',
  description:
    'Prints the step count, the current configuration and performance, the regime switch (CRI)\n' +
    'diagnostics and the best J(t) so far. Fails when there is no state file.',
  options: [STATE_OPTION, JSON_OPTION],
  run: runStatus,
};

function runStatus({ options, io }: CommandContext): void {
  const store = stateStoreFor(options, io);
  const calibrator = loadExisting(store);
  const summary = calibrator.summary();

  if (options.has('json')) {
    io.out(
      JSON.stringify({
        state_file: store.displayPath,
        seed: calibrator.seed,
        evaluator: calibrator.evaluator.name,
        ...summary,
      }),
    );
    return;
  }
  io.out(
    `Calibration state: ${store.displayPath} (seed ${calibrator.seed}, evaluator ${calibrator.evaluator.name})`,
  );
  formatStatusLines(summary).forEach((line) => io.out(line));
}

/** The saved calibration; a missing state file is an error for read-only commands. */
export function loadExisting(store: StateStore): SeraphicCalibrator {
  const calibrator = store.load();
  if (calibrator === null) {
    throw new CommandError(
      `no calibration state at ${store.displayPath}: run "init" or "step" first`,
    );
  }

  return calibrator;
}
