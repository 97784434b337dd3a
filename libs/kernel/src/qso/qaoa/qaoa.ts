import { Xoshiro128 } from '../../prng/xoshiro128';
import {
  minimizeObjective,
  RequestedOptimizer,
  resolveOptimizer,
} from '../optimizers/minimize-objective';
import { IterationRecord } from '../optimizers/optimization-result';
import { assertIntegerInRange, QsoInputError } from '../qso-input.error';
import { QsoRunOptions, resolveQsoRunOptions } from '../run-options';
import { bruteForceMaxCut, MaxCutProblem, validateMaxCutProblem } from './maxcut-problem';
import { QaoaObjective } from './qaoa-objective';

/** Deepest QAOA circuit a run accepts. */
export const MAX_QAOA_DEPTH = 50;

/** One QAOA run; unset numbers take the VQE bench settings (α 0.01, 100 iterations, 1 start). */
export interface QaoaOptions extends Omit<QsoRunOptions, 'metatronStartNoise'> {
  problem: MaxCutProblem;
  /** Number of layers p (parameters 2p). */
  depth: number;
  /** COBYLA runs as Nelder–Mead. */
  optimizer: RequestedOptimizer;
  /** Seeds the initial angles: γ uniform in [0, π), β uniform in [0, π/2), drawn γ₁..γ_p, β₁..β_p. */
  seed: number;
}

/** One trial of a multi-start QAOA run. */
export interface QaoaStart {
  /** Highest ⟨C⟩ the trial evaluated. */
  expectedCut: number;
  approximationRatio: number;
  /** [γ₁..γ_p, β₁..β_p] returned by the optimizer. */
  parameters: number[];
  iterations: number;
  converged: boolean;
  quantumEvaluations: number;
  costEvaluations: number;
  finalGradientNorm: number;
  history: IterationRecord[];
}

/** A QAOA run summarised over its trials. */
export interface QaoaResult {
  /** Highest ⟨C⟩ evaluated by the kept trial. */
  expectedCut: number;
  /** Brute-force maximum cut C*. */
  maxCut: number;
  /** ⟨C⟩/C*, at most 1 (rounding above 1 is clipped). */
  approximationRatio: number;
  iterations: number;
  converged: boolean;
  /** The original's tally, summed over trials. */
  quantumEvaluations: number;
  costEvaluations: number;
  finalGradientNorm: number;
  /** [γ₁..γ_p, β₁..β_p] of the kept trial (Adam/gradient descent: one step past its best). */
  optimalParameters: number[];
  history: IterationRecord[];
  starts: QaoaStart[];
}

/** QAOA for MaxCut with seeded multi-start. */
export function runQaoa(options: QaoaOptions): QaoaResult {
  const resolved = resolveQsoRunOptions(options);
  const problem = validateMaxCutProblem(options.problem);
  assertIntegerInRange('depth', options.depth, 1, MAX_QAOA_DEPTH);
  const objective = new QaoaObjective(problem, options.depth);
  const kind = resolveOptimizer(options.optimizer);
  const rng = Xoshiro128.fromSeed(options.seed);
  const maxCut = bruteForceMaxCut(problem);

  const starts: QaoaStart[] = [];
  for (let index = 0; index < resolved.starts; index++) {
    const initial = initialAngles(options.depth, rng);
    const before = objective.evaluations;
    const result = minimizeObjective(kind, objective, initial, resolved.settings);
    starts.push({
      expectedCut: -result.cost,
      approximationRatio: approximationRatio(-result.cost, maxCut),
      parameters: Array.from(result.parameters),
      iterations: result.iterations,
      converged: result.converged,
      quantumEvaluations: result.quantumEvaluations,
      costEvaluations: objective.evaluations - before,
      finalGradientNorm: result.finalGradientNorm,
      history: result.history,
    });
  }

  return summarizeQaoaStarts(starts, maxCut);
}

/** The highest ⟨C⟩ wins (ties keep the earlier trial); tallies are summed. */
export function summarizeQaoaStarts(starts: readonly QaoaStart[], maxCut: number): QaoaResult {
  if (starts.length === 0) {
    throw new QsoInputError('starts', 'must hold at least one trial');
  }
  const kept = starts.reduce((best, start) =>
    start.expectedCut > best.expectedCut ? start : best,
  );

  return {
    expectedCut: kept.expectedCut,
    maxCut,
    approximationRatio: kept.approximationRatio,
    iterations: kept.iterations,
    converged: kept.converged,
    quantumEvaluations: starts.reduce((sum, start) => sum + start.quantumEvaluations, 0),
    costEvaluations: starts.reduce((sum, start) => sum + start.costEvaluations, 0),
    finalGradientNorm: kept.finalGradientNorm,
    optimalParameters: kept.parameters,
    history: kept.history,
    starts: [...starts],
  };
}

/** ⟨C⟩/C*, clipped at 1 (rounding can put ⟨C⟩ a few ulps above C*). */
export function approximationRatio(expectedCut: number, maxCut: number): number {
  return Math.min(1, expectedCut / maxCut);
}

function initialAngles(depth: number, rng: Xoshiro128): Float64Array {
  const angles = new Float64Array(2 * depth);
  for (let layer = 0; layer < depth; layer++) {
    angles[layer] = rng.uniform(0, Math.PI);
  }
  for (let layer = 0; layer < depth; layer++) {
    angles[depth + layer] = rng.uniform(0, Math.PI / 2);
  }

  return angles;
}
