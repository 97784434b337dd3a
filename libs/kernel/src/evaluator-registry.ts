import { readOneOf } from './dionice/json-reader';
import { BenchmarkEvaluator, BenchmarkEvaluatorOptions } from './qso/benchmark/benchmark.evaluator';
import { EstimateEvaluator, EstimateEvaluatorOptions } from './scs/estimate-evaluator';
import { EVALUATOR_NAMES, Evaluator, EvaluatorName } from './scs/evaluator';

/** Options for `createEvaluator`, per evaluator. */
export type EvaluatorOptions = EstimateEvaluatorOptions & BenchmarkEvaluatorOptions;

/**
 * The evaluator called `name`: 'benchmark' measures each candidate by running it (VQE or QAOA,
 * the default for calibration jobs); 'estimate' is the original's heuristic, which never
 * measures anything.
 */
export function createEvaluator(name: EvaluatorName, options: EvaluatorOptions = {}): Evaluator {
  switch (name) {
    case 'estimate':
      return new EstimateEvaluator({ reference: options.reference });
    case 'benchmark':
      return new BenchmarkEvaluator({ workBudget: options.workBudget });
  }
}

/** Checks an evaluator name from user input, e.g. a CLI flag. */
export function parseEvaluatorName(value: unknown, field = 'evaluator'): EvaluatorName {
  return readOneOf(value, field, EVALUATOR_NAMES);
}
