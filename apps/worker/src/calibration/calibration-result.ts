import type { CalibrationJobParams, JobMetrics } from '@qdash/common';
import type { CalibrationSummary } from '@qdash/kernel';

/** A finished calibration's summary, stored as the job's `result`. */
export interface CalibrationResult {
  metrics: JobMetrics;
  steps: number;
  evaluator: string;
  seed: number;
  policy: string;
  final: CalibrationSummary['current_performance'] & {
    j: number;
    harmonic_mean: number;
    config: CalibrationSummary['current_config'];
  };
  best: CalibrationSummary['best']['performance'] & {
    j: number;
    step: number;
    config: CalibrationSummary['best']['config'];
  };
  /** The lowest ground energy any step measured (null for the estimate evaluator). */
  lowest_energy: number | null;
  accepted_steps: number;
  rejected_steps: number;
  acceptance_rate: number;
  regime_switches: number;
  duration_ms: number;
}

/**
 * Builds the result summary. `metrics` keeps the original's job shape: energy is the lowest
 * ground energy measured during the calibration (null when nothing was measured), accuracy the
 * final ψ, iterations the steps run.
 */
export function calibrationResult(
  params: CalibrationJobParams,
  summary: CalibrationSummary,
  lowestEnergy: number | null,
  durationMs: number,
): CalibrationResult {
  const final = summary.current_performance;
  const steps = summary.step_count;

  return {
    metrics: {
      energy: lowestEnergy,
      accuracy: final.psi,
      duration_secs: durationMs / 1000,
      iterations: steps,
      omega: final.omega,
      psi: final.psi,
      rho: final.rho,
    },
    steps,
    evaluator: params.evaluator,
    seed: params.seed,
    policy: params.policy,
    final: {
      ...final,
      j: final.psi * final.rho * final.omega,
      harmonic_mean: summary.harmonic_mean,
      config: summary.current_config,
    },
    best: {
      ...summary.best.performance,
      j: summary.best.j_t,
      step: summary.best.step,
      config: summary.best.config,
    },
    lowest_energy: lowestEnergy,
    accepted_steps: summary.accepted_count,
    rejected_steps: summary.rejected_count,
    acceptance_rate: steps > 0 ? summary.accepted_count / steps : 0,
    regime_switches: summary.cri_trigger_count,
    duration_ms: durationMs,
  };
}
