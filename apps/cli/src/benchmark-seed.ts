import type { ParsedOptions } from './cli-arguments';
import type { OptionSpec } from './cli-command';
import { integerOption } from './cli-values';

/** Seed of `benchmark` and `suite` without --seed. */
export const DEFAULT_BENCHMARK_SEED = 42;

const MAX_SEED = 0xffff_ffff;

export const BENCHMARK_SEED_OPTION: OptionSpec = {
  name: 'seed',
  value: 'N',
  description: `PRNG seed, 0..${MAX_SEED} (default ${DEFAULT_BENCHMARK_SEED})`,
};

/** The --seed given, or the default. */
export function benchmarkSeed(options: ParsedOptions): number {
  const text = options.value('seed');

  return text === undefined ? DEFAULT_BENCHMARK_SEED : integerOption('seed', text, 0, MAX_SEED);
}
