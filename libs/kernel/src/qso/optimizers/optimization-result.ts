/** Settings shared by the optimizers (the original's OptimizerConfig, as its benches set it). */
export interface OptimizerSettings {
  /** Iteration limit; a run that reaches it reports converged = false. */
  maxIterations: number;
  /** Step size α (Adam, L-BFGS, gradient descent; unused by Nelder–Mead). */
  learningRate: number;
  /** Gradient-norm threshold; Nelder–Mead uses it as its simplex-spread threshold. */
  tolerance: number;
  /** Stop when the cost changes by less than this between iterations (Adam, L-BFGS). */
  energyTolerance: number;
}

/** The vqe_bench settings: 100 iterations, α = 0.01, tolerance 1e-6, energy tolerance 1e-3. */
export const BENCH_OPTIMIZER_SETTINGS: Readonly<OptimizerSettings> = {
  maxIterations: 100,
  learningRate: 0.01,
  tolerance: 1e-6,
  energyTolerance: 1e-3,
};

/** One iteration as the optimizer recorded it. */
export interface IterationRecord {
  cost: number;
  /** ‖g‖ of that iteration's gradient; null for the gradient-free Nelder–Mead. */
  gradientNorm: number | null;
}

/** What an optimizer returns, in the original's terms. */
export interface OptimizationResult {
  /** The parameters returned (Adam and gradient descent: one step past the best cost's point). */
  parameters: Float64Array;
  /** Lowest cost evaluated in the loop. */
  cost: number;
  /** k + 1 when converged at loop index k, else the iteration limit. */
  iterations: number;
  converged: boolean;
  /** The original's tally: 1 + 2n per iteration (gradient methods), 1 (Nelder–Mead). */
  quantumEvaluations: number;
  /** ‖g‖ of the last recorded iteration, 0 when there is none. */
  finalGradientNorm: number;
  history: IterationRecord[];
}

/** Euclidean norm. */
export function euclideanNorm(vector: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) {
    sum += vector[i] * vector[i];
  }

  return Math.sqrt(sum);
}

/** The gradient norm of the last history entry, or 0. */
export function lastGradientNorm(history: readonly IterationRecord[]): number {
  return history.length === 0 ? 0 : (history[history.length - 1].gradientNorm ?? 0);
}

/** The result of a gradient run: tally 1 + 2n per recorded iteration. */
export function gradientRunResult(
  best: number,
  bestParameters: Float64Array,
  history: IterationRecord[],
  converged: boolean,
  dimension: number,
): OptimizationResult {
  return {
    parameters: bestParameters,
    cost: best,
    iterations: history.length,
    converged,
    quantumEvaluations: history.length * (1 + 2 * dimension),
    finalGradientNorm: lastGradientNorm(history),
    history,
  };
}
