import type { Configuration, EvaluatorName } from '@qdash/kernel';

/** DioniceKernel policies a calibration can run under; stored lower-case. */
export const POLICIES = ['explore', 'exploit', 'homeostasis'] as const;
export type Policy = (typeof POLICIES)[number];

/**
 * Everything a calibration's trajectory depends on. Stored complete (defaults filled in, seed
 * drawn) when the job is created, so the same params always give the same steps.
 */
export interface CalibrationJobParams {
  steps: number;
  seed: number;
  evaluator: EvaluatorName;
  policy: Policy;
  /** The configuration the calibration starts from. */
  config: Configuration;
}

/** A benchmark job runs one configuration, or the original's eight-configuration VQE suite. */
export interface BenchmarkJobParams {
  suite: boolean;
  seed: number;
  /** The configuration to benchmark (ignored for the suite). */
  config: Configuration;
}

export type JobType = 'calibration' | 'benchmark';
export type JobStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';

/** Statuses after which a job never changes again. */
export const FINAL_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled'];

/** The `policy` spelt as the original's status shows its mode: "Explore", "Exploit" … */
export function modeLabel(policy: Policy): string {
  return policy[0].toUpperCase() + policy.slice(1);
}
