import type { Xoshiro128 } from '../prng/xoshiro128';
import { cloneConfiguration, Configuration } from './configuration';
import { generateNeighbours } from './neighbour-generator';
import type { PerformanceTriplet } from './performance-triplet';

/** Neighbours each kick draws, as in the original. */
export const KICK_NEIGHBOURS = 8;

/**
 * The double-kick operator T = Φ_V ∘ Φ_U. Φ_U (update kick) looks for a neighbour with a better
 * heuristic quality score, Φ_V (stabilisation kick) for a better stability/efficiency score; a
 * neighbour wins only with a strictly better score than the best so far, so T may return an
 * unchanged copy. All randomness comes from the `rng` passed in: Φ_U's neighbours first, then
 * Φ_V's.
 */
export class DoubleKickOperator {
  constructor(private readonly neighbourCount = KICK_NEIGHBOURS) {}

  /** T(c) = Φ_V(Φ_U(c)), scored against the performance of c. */
  apply(config: Configuration, performance: PerformanceTriplet, rng: Xoshiro128): Configuration {
    const updated = this.updateKick(config, performance, rng);

    return this.stabilizationKick(updated, performance, rng);
  }

  /** Φ_U: the best neighbour by `updateKickScore`, starting from c with score ψ. */
  updateKick(
    config: Configuration,
    performance: PerformanceTriplet,
    rng: Xoshiro128,
  ): Configuration {
    let best = config;
    let bestScore = performance.psi;
    for (const neighbour of generateNeighbours(config, this.neighbourCount, rng)) {
      const score = updateKickScore(neighbour, config, performance.psi);
      if (score > bestScore) {
        best = neighbour;
        bestScore = score;
      }
    }

    return cloneConfiguration(best);
  }

  /** Φ_V: the best neighbour by `stabilizationKickScore`, starting from 0.6ρ + 0.4ω. */
  stabilizationKick(
    config: Configuration,
    performance: PerformanceTriplet,
    rng: Xoshiro128,
  ): Configuration {
    let best = config;
    let bestScore = 0.6 * performance.rho + 0.4 * performance.omega;
    for (const neighbour of generateNeighbours(config, this.neighbourCount, rng)) {
      const score = stabilizationKickScore(neighbour, config, performance.rho, performance.omega);
      if (score > bestScore) {
        best = neighbour;
        bestScore = score;
      }
    }

    return cloneConfiguration(best);
  }
}

/**
 * Φ_U's estimate of a neighbour's quality: ψ, +0.05 for a Metatron ansatz of depth 1–3, +0.02
 * for Adam, +0.01 per extra random start over `origin`, +0.02 for lr in [0.005, 0.02]; at most 1.
 */
export function updateKickScore(
  neighbour: Configuration,
  origin: Configuration,
  psi: number,
): number {
  let score = psi;
  if (
    neighbour.ansatz_type === 'Metatron' &&
    neighbour.ansatz_depth >= 1 &&
    neighbour.ansatz_depth <= 3
  ) {
    score += 0.05;
  }
  if (neighbour.optimizer === 'Adam') {
    score += 0.02;
  }
  if (neighbour.num_random_starts > origin.num_random_starts) {
    score += 0.01 * (neighbour.num_random_starts - origin.num_random_starts);
  }
  if (neighbour.learning_rate >= 0.005 && neighbour.learning_rate <= 0.02) {
    score += 0.02;
  }

  return Math.min(1, score);
}

/**
 * Φ_V's estimate: ρ + 0.05 for ≥ 3 starts, + 0.03 for depth ≤ 2; ω + 0.05 for a shallower
 * ansatz than `origin`, + 0.02 for fewer iterations; score min(1, 0.6ρ + 0.4ω).
 */
export function stabilizationKickScore(
  neighbour: Configuration,
  origin: Configuration,
  rho: number,
  omega: number,
): number {
  let stability = rho;
  let efficiency = omega;
  if (neighbour.num_random_starts >= 3) {
    stability += 0.05;
  }
  if (neighbour.ansatz_depth <= 2) {
    stability += 0.03;
  }
  if (neighbour.ansatz_depth < origin.ansatz_depth) {
    efficiency += 0.05;
  }
  if (neighbour.max_iterations < origin.max_iterations) {
    efficiency += 0.02;
  }

  return Math.min(1, 0.6 * stability + 0.4 * efficiency);
}
