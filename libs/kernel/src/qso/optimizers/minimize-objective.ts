import { QsoInputError } from '../qso-input.error';
import { runAdam } from './adam.optimizer';
import { runGradientDescent } from './gradient-descent.optimizer';
import { runLbfgs } from './lbfgs.optimizer';
import { runNelderMead } from './nelder-mead.optimizer';
import { OptimizationObjective } from './objective';
import { OptimizationResult, OptimizerSettings } from './optimization-result';

/** The optimizers the kernel runs. */
export const OPTIMIZER_KINDS = ['Adam', 'LBFGS', 'GradientDescent', 'NelderMead'] as const;
export type OptimizerKind = (typeof OPTIMIZER_KINDS)[number];

/** Names a caller may ask for: the kernel's optimizers, plus the configuration space's COBYLA. */
export type RequestedOptimizer = OptimizerKind | 'COBYLA';

/** Names the calibration space and the CLI may pass. */
export const REQUESTED_OPTIMIZERS: readonly RequestedOptimizer[] = [...OPTIMIZER_KINDS, 'COBYLA'];

/**
 * The optimizer that runs for a requested name. COBYLA appears in the original's configuration
 * space and documentation but was never implemented there; it maps to Nelder–Mead, the
 * original's gradient-free optimizer, so a COBYLA configuration stays gradient-free.
 */
export function resolveOptimizer(name: RequestedOptimizer): OptimizerKind {
  if (name === 'COBYLA') {
    return 'NelderMead';
  }
  if (!OPTIMIZER_KINDS.includes(name)) {
    const rule = `must be one of ${REQUESTED_OPTIMIZERS.join(', ')}`;
    throw new QsoInputError('optimizer', rule, name);
  }

  return name;
}

/** Runs one optimizer from `initial` on `objective`. */
export function minimizeObjective(
  kind: OptimizerKind,
  objective: OptimizationObjective,
  initial: ArrayLike<number>,
  settings: OptimizerSettings,
): OptimizationResult {
  switch (kind) {
    case 'Adam':
      return runAdam(objective, initial, settings);
    case 'LBFGS':
      return runLbfgs(objective, initial, settings);
    case 'GradientDescent':
      return runGradientDescent(objective, initial, settings);
    case 'NelderMead':
      return runNelderMead(objective, initial, settings);
  }
}

/** Per-iteration tally of an optimizer for n parameters (the original's bookkeeping). */
export function evaluationsPerIteration(kind: OptimizerKind, dimension: number): number {
  return kind === 'NelderMead' ? 1 : 1 + 2 * dimension;
}
