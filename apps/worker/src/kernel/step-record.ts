/** One computed calibration step as the worker stores it (a `metric_points` row): the values it measured. */
export interface StepRecord {
  step: number;
  /** When the step was computed, in ms since the epoch (recorded outside the kernel). */
  ts: number;
  psi: number;
  rho: number;
  omega: number;
  algorithm: string;
  j: number;
  resonance_score: number;
  accepted: boolean;
  regime_switch: boolean;
  notes: string;
  /** The kernel's full step result. */
  detail: Record<string, unknown>;
}
