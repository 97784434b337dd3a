import type { DioniceSuggestion } from '../dionice/tick-analysis';
import type { CalibrationBest, TripletJson } from './calibrator-state';
import type { Configuration } from './configuration';
import type { CriDiagnostics } from './cri-regime-switch';
import type { PorVerdict } from './proof-of-resonance';

/**
 * What one calibration step did, as JSON-safe data with snake_case keys in this order. No
 * timestamps, so equal seeds give byte-identical results.
 */
export interface CalibrationStepResult {
  /** 1 for the first step after `initialize()`. */
  step: number;
  /** Whether Proof-of-Resonance accepted the candidate. */
  accepted: boolean;
  candidate_config: Configuration;
  candidate_performance: TripletJson;
  /** The evaluator's measurements behind the candidate's triplet; null for the estimate. */
  evaluation: Record<string, unknown> | null;
  por: PorVerdict;
  /** J = ψ·ρ·ω of the current performance after acceptance. */
  j_t: number;
  cri_triggered: boolean;
  /** The configuration the regime switch moved to, when it fired. */
  new_regime_config: Configuration | null;
  current_config: Configuration;
  current_performance: TripletJson;
  cri_diagnostics: CriDiagnostics;
  /** The DioniceKernel's advice on the current performance and algorithm. */
  dionice: DioniceSuggestion;
}

/** Where a calibration starts, as reported by `initialize()`. */
export interface CalibrationStart {
  step: 0;
  current_config: Configuration;
  current_performance: TripletJson;
  j_t: number;
}

/** A calibration at a glance. */
export interface CalibrationSummary {
  step_count: number;
  accepted_count: number;
  rejected_count: number;
  cri_trigger_count: number;
  current_config: Configuration;
  current_performance: TripletJson;
  harmonic_mean: number;
  cri_diagnostics: CriDiagnostics;
  best: CalibrationBest;
}
