import type { PerformanceTriplet } from './performance-triplet';

/** Length of the feedback vector and of the Mandorla field. */
export const FEEDBACK_DIMENSION = 16;

/**
 * The injection vector I of a triplet: ψ, ρ, ω, harmonic mean, geometric mean, norm, ψρ, ψω,
 * ψρω, then for i = 9..15 with φ = 2πi/16: 0.4·sin φ·ψ + 0.3·cos φ·ρ + 0.3·sin 2φ·ω.
 */
export function encodeFeedback(performance: PerformanceTriplet): number[] {
  const { psi, rho, omega } = performance;
  const injection = [
    psi,
    rho,
    omega,
    performance.harmonicMean(),
    performance.geometricMean(),
    performance.norm(),
    psi * rho,
    psi * omega,
    psi * rho * omega,
  ];

  for (let index = injection.length; index < FEEDBACK_DIMENSION; index++) {
    const phase = (2 * Math.PI * index) / FEEDBACK_DIMENSION;
    injection.push(
      0.4 * Math.sin(phase) * psi + 0.3 * Math.cos(phase) * rho + 0.3 * Math.sin(2 * phase) * omega,
    );
  }

  return injection;
}
