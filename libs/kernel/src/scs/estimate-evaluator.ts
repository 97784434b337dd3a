import { readNumberInRange, readObject } from '../dionice/json-reader';
import type { Configuration } from './configuration';
import type { Evaluation, EvaluationContext, Evaluator } from './evaluator';
import { PerformanceTriplet } from './performance-triplet';

/**
 * The triplet the original computed from its repository's static baseline files; it started
 * every calibration there and injected it into the field on every step.
 */
export const BASELINE_TRIPLET: Readonly<{ psi: number; rho: number; omega: number }> = {
  psi: 0.9730286771278123,
  rho: 0.7141552308892827,
  omega: 0.7853607889227903,
};

/** How an EstimateEvaluator is set up. */
export interface EstimateEvaluatorOptions {
  /** The reference triplet; default BASELINE_TRIPLET. */
  reference?: { psi: number; rho: number; omega: number };
}

/**
 * The original's heuristic: no algorithm is run. A calibration starts at a fixed reference
 * triplet, a candidate's performance is the current one raised by fixed increments for
 * features the heuristic likes, and the field is fed the reference triplet on every step.
 * Estimates never decrease, so they ratchet up to 1.
 */
export class EstimateEvaluator implements Evaluator {
  readonly name = 'estimate' as const;
  readonly reference: PerformanceTriplet;

  constructor(options: EstimateEvaluatorOptions = {}) {
    const reference = readObject(options.reference ?? BASELINE_TRIPLET, 'reference');
    this.reference = new PerformanceTriplet(
      readNumberInRange(reference.psi, 'reference.psi', 0, 1),
      readNumberInRange(reference.rho, 'reference.rho', 0, 1),
      readNumberInRange(reference.omega, 'reference.omega', 0, 1),
    );
  }

  /** The reference triplet, whatever the configuration. */
  initial(_config: Configuration, _seed: number): Evaluation {
    return { performance: this.reference };
  }

  /**
   * From the current performance: ψ + 0.02 for a Metatron ansatz of depth 1–3, then + 0.01 for
   * Adam; ρ + 0.03 for ≥ 3 random starts; ω + 0.02 for depth ≤ 2; each capped at 1.
   */
  evaluate(candidate: Configuration, context: EvaluationContext): Evaluation {
    let { psi, rho, omega } = context.currentPerformance;
    const shallow = candidate.ansatz_depth >= 1 && candidate.ansatz_depth <= 3;
    if (candidate.ansatz_type === 'Metatron' && shallow) {
      psi = Math.min(1, psi + 0.02);
    }
    if (candidate.optimizer === 'Adam') {
      psi = Math.min(1, psi + 0.01);
    }
    if (candidate.num_random_starts >= 3) {
      rho = Math.min(1, rho + 0.03);
    }
    if (candidate.ansatz_depth <= 2) {
      omega = Math.min(1, omega + 0.02);
    }

    return { performance: new PerformanceTriplet(psi, rho, omega) };
  }

  /** The reference triplet, as the original re-read its static benchmark files every step. */
  observe(_current: Configuration, _currentPerformance: PerformanceTriplet): PerformanceTriplet {
    return this.reference;
  }
}
