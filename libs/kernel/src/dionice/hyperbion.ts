import type { State5D } from './state-mapping';

/** What the hyperbion absorbs from a batch of states: Φ (phase) and μ (morphic spread). */
export interface HyperbionReading {
  phi: number;
  mu: number;
}

const PSI_FLOOR = 1e-10;

/**
 * The hyperbion layer. Φ is the |ψ|-weighted mean of the time coordinates, μ the mean over x, y,
 * z of the population variance. With the kernel's batches of one state Φ = t and μ = 0.
 */
export class Hyperbion {
  constructor(
    readonly alpha = 1,
    readonly beta = 1,
  ) {}

  absorb(states: readonly State5D[]): HyperbionReading {
    if (states.length === 0) {
      return { phi: 0, mu: 0 };
    }

    let weightedOmega = 0;
    let totalWeight = 0;
    for (const state of states) {
      const weight = Math.abs(state.psi) + PSI_FLOOR;
      weightedOmega += state.omega * weight;
      totalWeight += weight;
    }

    const spread =
      (populationVariance(states.map((state) => state.x)) +
        populationVariance(states.map((state) => state.y)) +
        populationVariance(states.map((state) => state.z))) /
      3;

    return { phi: weightedOmega / totalWeight, mu: spread };
  }

  /** α·Φ + β·μ. */
  evaluate(reading: HyperbionReading): number {
    return this.alpha * reading.phi + this.beta * reading.mu;
  }
}

function populationVariance(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;

  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
}
