import {
  CalibrationStepResult,
  CalibrationSummary,
  Configuration,
  formatRustFixed,
} from '@qdash/kernel';

/** Four decimals, rounded half to even on exact ties as the original's Python and Rust print. */
export function fixed4(value: number): string {
  return formatRustFixed(value, 4);
}

export function formatTriplet(triplet: { psi: number; rho: number; omega: number }): string {
  return `ψ=${fixed4(triplet.psi)} ρ=${fixed4(triplet.rho)} ω=${fixed4(triplet.omega)}`;
}

/** e.g. `QAOA / HardwareEfficient (depth 3) / Adam (lr 0.0100)`. */
export function formatConfiguration(config: Configuration): string {
  return (
    `${config.algorithm} / ${config.ansatz_type} (depth ${config.ansatz_depth}) / ` +
    `${config.optimizer} (lr ${fixed4(config.learning_rate)})`
  );
}

/** The lines printed for one step in text mode. */
export function formatStepLines(result: CalibrationStepResult): string[] {
  const lines = [
    `Step ${result.step}`,
    `  Accepted: ${result.accepted}`,
    `  J(t): ${fixed4(result.j_t)}`,
    `  CRI triggered: ${result.cri_triggered}`,
  ];
  if (result.accepted) {
    lines.push(`  Performance: ${formatTriplet(result.current_performance)}`);
  }
  if (result.new_regime_config !== null) {
    lines.push(`  New regime: ${formatConfiguration(result.new_regime_config)}`);
  }

  return lines;
}

/** The `status` report in text mode. */
export function formatStatusLines(summary: CalibrationSummary): string[] {
  const config = summary.current_config;
  const cri = summary.cri_diagnostics;

  return [
    `Steps: ${summary.step_count} (accepted ${summary.accepted_count}, rejected ${summary.rejected_count})`,
    `Algorithm: ${config.algorithm}`,
    `Ansatz: ${config.ansatz_type} (depth ${config.ansatz_depth})`,
    `Optimizer: ${config.optimizer} (lr ${fixed4(config.learning_rate)})`,
    `Performance: ${formatTriplet(summary.current_performance)}`,
    `Harmonic mean: ${fixed4(summary.harmonic_mean)}`,
    'CRI:',
    `  Steps since impulse: ${cri.steps_since_impulse}`,
    `  Current J(t): ${fixed4(cri.current_j_t)}`,
    `  Stagnating: ${cri.is_stagnating}`,
    `  Degrading: ${cri.is_degrading}`,
    `  J(t) history: ${cri.history_length} values`,
    `  Regime switches: ${summary.cri_trigger_count}`,
    `Best so far: J(t) ${fixed4(summary.best.j_t)} at step ${summary.best.step}`,
    `  ${formatConfiguration(summary.best.config)}`,
    `  ${formatTriplet(summary.best.performance)}`,
  ];
}
