/** What a measurement feeds into ψ, ρ and ω. */
export interface MeasuredQuality {
  /**
   * Quality of every measured start in run order: the configuration's starts first, then the
   * probe start when the configuration has only one. VQE: 1 − min(|Eₛ − e₀|/|e₀|, 1);
   * QAOA: the start's approximation ratio ⟨C⟩ₛ/C*.
   */
  startQualities: readonly number[];
  /** How many of them belong to the configuration (the rest is the probe). */
  configuredStarts: number;
  /** Energy evaluations the configuration's starts computed (probe excluded). */
  usedEvaluations: number;
  /** iteration limit × (1 + 2n) × configured starts. */
  allowedEvaluations: number;
}

/** Φ = (ψ, ρ, ω) of one measurement, each in [0, 1]. */
export interface MeasuredPerformance {
  psi: number;
  rho: number;
  omega: number;
}

/**
 * The single definition of the measured performance triplet.
 *
 * - ψ (quality) = the best start quality among the configuration's own starts: for VQE
 *   1 − min(error/|e₀|, 1) with error = |E − e₀| of the lowest energy found, for QAOA the
 *   approximation ratio ⟨C⟩/C* of the best start.
 * - ρ (stability) = 1 − (max − min) of the start qualities over all measured starts. With a
 *   single configured start the measurement runs one extra seeded "probe" start, used only here,
 *   so that ρ still says how much the outcome depends on the starting point. (Metatron starts
 *   after the first get seeded noise on the original's deterministic angles; without it every
 *   start would be identical and ρ always 1.)
 * - ω (efficiency) = 1 − used/allowed: the share of the configuration's evaluation allowance
 *   (iteration limit × (1 + 2n) × starts, the limit being max_iterations unless the work cap
 *   lowers it) that convergence left unused. It counts the energy evaluations really computed:
 *   the same as the original's tally for Adam and gradient descent, one extra gradient per start
 *   for L-BFGS, and Nelder–Mead's real evaluations (its tally of one per iteration would make ω
 *   meaningless).
 *
 * Each is clamped to [0, 1]. Nothing here depends on wall-clock time.
 */
export function derivePerformance(measured: MeasuredQuality): MeasuredPerformance {
  const own = measured.startQualities.slice(0, measured.configuredStarts);
  const spread = Math.max(...measured.startQualities) - Math.min(...measured.startQualities);

  return {
    psi: clampUnit(Math.max(...own)),
    rho: clampUnit(1 - spread),
    omega: clampUnit(1 - measured.usedEvaluations / measured.allowedEvaluations),
  };
}

/** Clamps to [0, 1]; NaN becomes 0. */
function clampUnit(value: number): number {
  return value >= 0 ? Math.min(value, 1) : 0;
}
