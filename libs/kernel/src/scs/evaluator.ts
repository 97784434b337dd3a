import type { Configuration } from './configuration';
import type { PerformanceTriplet } from './performance-triplet';

/** Names of the evaluators the kernel ships. */
export const EVALUATOR_NAMES = ['estimate', 'benchmark'] as const;
export type EvaluatorName = (typeof EVALUATOR_NAMES)[number];

/** What an evaluator is told about the calibration when it scores a candidate. */
export interface EvaluationContext {
  /** The configuration the calibrator holds now. */
  current: Configuration;
  /** Its performance as last evaluated. */
  currentPerformance: PerformanceTriplet;
  /** Seed for whatever randomness the evaluation needs, drawn from the calibrator's PRNG. */
  seed: number;
}

/** A scored configuration: the triplet plus the measurements behind it. */
export interface Evaluation {
  performance: PerformanceTriplet;
  /** JSON-safe detail (energies, iterations, evaluation counts); absent for pure heuristics. */
  detail?: Record<string, unknown>;
}

/**
 * Scores configurations for the Seraphic Calibration Shell. Implementations are synchronous and
 * deterministic: the same configuration, context and seed give the same evaluation, and nothing
 * depends on wall-clock time.
 */
export interface Evaluator {
  readonly name: EvaluatorName;

  /** Performance of the configuration a calibration starts from. */
  initial(config: Configuration, seed: number): Evaluation;

  /** Performance of a candidate proposed while the calibrator holds `context.current`. */
  evaluate(candidate: Configuration, context: EvaluationContext): Evaluation;

  /**
   * The triplet injected into the Mandorla field at the start of each step. The original
   * re-read its static benchmark files here; a measuring evaluator reports the current
   * configuration's measured performance.
   */
  observe(current: Configuration, currentPerformance: PerformanceTriplet): PerformanceTriplet;
}
