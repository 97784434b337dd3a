import type { Xoshiro128 } from '../prng/xoshiro128';
import { ANSATZ_TYPES, cloneConfiguration, Configuration, OPTIMIZERS } from './configuration';
import { isValidConfiguration } from './configuration-space';

/** The six parameters a neighbour may differ in, in the order `rng.choice` draws from. */
export const MUTATION_KINDS = [
  'ansatz_depth',
  'learning_rate',
  'max_iterations',
  'num_random_starts',
  'optimizer',
  'ansatz_type',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

const UNIT_STEPS = [-1, 0, 1] as const;
const ITERATION_STEPS = [-20, -10, 0, 10, 20] as const;

/**
 * `count` neighbours of `config`, each a copy with one parameter changed. Per neighbour the
 * generator draws, in this fixed order: `rng.choice(MUTATION_KINDS)`, then one value for that
 * kind: depth + choice{−1, 0, +1} clamped to [1, 10]; lr × uniform(0.8, 1.2) clamped to
 * [0.001, 0.1]; max_iterations + choice{−20, −10, 0, 10, 20} clamped to [10, 500]; starts +
 * choice{−1, 0, +1} clamped to [1, 5]; choice(OPTIMIZERS); choice(ANSATZ_TYPES). Only valid
 * neighbours are kept, and a neighbour may equal `config`.
 */
export function generateNeighbours(
  config: Configuration,
  count: number,
  rng: Xoshiro128,
): Configuration[] {
  const neighbours: Configuration[] = [];
  for (let drawn = 0; drawn < count; drawn++) {
    const neighbour = mutate(config, rng.choice(MUTATION_KINDS), rng);
    if (isValidConfiguration(neighbour)) {
      neighbours.push(neighbour);
    }
  }

  return neighbours;
}

/** A copy of `config` with the parameter `kind` changed by one draw from `rng`. */
export function mutate(config: Configuration, kind: MutationKind, rng: Xoshiro128): Configuration {
  const neighbour = cloneConfiguration(config);
  switch (kind) {
    case 'ansatz_depth':
      neighbour.ansatz_depth = clamp(config.ansatz_depth + rng.choice(UNIT_STEPS), 1, 10);
      break;
    case 'learning_rate':
      neighbour.learning_rate = clamp(config.learning_rate * rng.uniform(0.8, 1.2), 0.001, 0.1);
      break;
    case 'max_iterations':
      neighbour.max_iterations = clamp(
        config.max_iterations + rng.choice(ITERATION_STEPS),
        10,
        500,
      );
      break;
    case 'num_random_starts':
      neighbour.num_random_starts = clamp(config.num_random_starts + rng.choice(UNIT_STEPS), 1, 5);
      break;
    case 'optimizer':
      neighbour.optimizer = rng.choice(OPTIMIZERS);
      break;
    case 'ansatz_type':
      neighbour.ansatz_type = rng.choice(ANSATZ_TYPES);
      break;
  }

  return neighbour;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
