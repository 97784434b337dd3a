import { assertSeed } from '../prng/xoshiro128';
import { OptimizerSettings } from './optimizers/optimization-result';
import {
  assertIntegerInRange,
  assertNonNegativeFinite,
  assertPositiveFinite,
  QsoInputError,
} from './qso-input.error';

/** Most random starts one run accepts. */
export const MAX_RUN_STARTS = 100;

/** Largest iteration limit one run accepts. */
export const MAX_RUN_ITERATIONS = 1_000_000;

/** Options shared by VQE and QAOA runs, before defaults. */
export interface QsoRunOptions {
  seed: number;
  learningRate?: number;
  maxIterations?: number;
  tolerance?: number;
  energyTolerance?: number;
  starts?: number;
  metatronStartNoise?: number;
}

/** Validated run options with defaults applied. */
export interface ResolvedQsoRunOptions {
  settings: OptimizerSettings;
  starts: number;
  metatronStartNoise: number;
}

/**
 * Applies the vqe_bench defaults to a VQE or QAOA run (α 0.01, 100 iterations, tolerance 1e-6, energy tolerance
 * 1e-3, one start, no Metatron noise) and validates every field.
 */
export function resolveQsoRunOptions(options: QsoRunOptions): ResolvedQsoRunOptions {
  assertSeedField(options.seed);
  const settings: OptimizerSettings = {
    learningRate: options.learningRate ?? 0.01,
    maxIterations: options.maxIterations ?? 100,
    tolerance: options.tolerance ?? 1e-6,
    energyTolerance: options.energyTolerance ?? 1e-3,
  };
  const starts = options.starts ?? 1;
  const metatronStartNoise = options.metatronStartNoise ?? 0;

  assertPositiveFinite('learningRate', settings.learningRate);
  assertIntegerInRange('maxIterations', settings.maxIterations, 1, MAX_RUN_ITERATIONS);
  assertNonNegativeFinite('tolerance', settings.tolerance);
  assertNonNegativeFinite('energyTolerance', settings.energyTolerance);
  assertIntegerInRange('starts', starts, 1, MAX_RUN_STARTS);
  assertNonNegativeFinite('metatronStartNoise', metatronStartNoise);

  return { settings, starts, metatronStartNoise };
}

/** Throws a QsoInputError on the field 'seed' unless it is an unsigned 32-bit integer. */
export function assertSeedField(seed: number): void {
  try {
    assertSeed(seed);
  } catch {
    throw new QsoInputError('seed', 'must be an integer in [0, 4294967295]', seed);
  }
}
