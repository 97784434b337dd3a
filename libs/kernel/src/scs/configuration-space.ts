import { describeValue, readObject } from '../dionice/json-reader';
import { KernelInputError } from '../dionice/kernel-errors';
import {
  ALGORITHMS,
  ANSATZ_TYPES,
  cloneConfiguration,
  Configuration,
  defaultConfiguration,
  OPTIMIZERS,
} from './configuration';

interface ConfigurationRule {
  field: keyof Configuration;
  rule: string;
  holds: (value: unknown) => boolean;
}

const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isNamed = (names: readonly string[]) => (value: unknown) =>
  typeof value === 'string' && names.includes(value);

/**
 * The rules a configuration must meet. The first six are the original's `is_valid` (the three
 * names from their lists, 1 ≤ depth ≤ 10, 0 < lr ≤ 1, max_iterations ≥ 1); the rest check the
 * types a JSON file could get wrong, and num_random_starts ≥ 1, which the original left open.
 */
const CONFIGURATION_RULES: readonly ConfigurationRule[] = [
  { field: 'algorithm', rule: `one of ${ALGORITHMS.join(', ')}`, holds: isNamed(ALGORITHMS) },
  {
    field: 'ansatz_type',
    rule: `one of ${ANSATZ_TYPES.join(', ')}`,
    holds: isNamed(ANSATZ_TYPES),
  },
  {
    field: 'ansatz_depth',
    rule: 'an integer in [1, 10]',
    holds: (value) => isInteger(value) && value >= 1 && value <= 10,
  },
  { field: 'optimizer', rule: `one of ${OPTIMIZERS.join(', ')}`, holds: isNamed(OPTIMIZERS) },
  {
    field: 'learning_rate',
    rule: 'a number in (0, 1]',
    holds: (value) => isNumber(value) && value > 0 && value <= 1,
  },
  {
    field: 'max_iterations',
    rule: 'an integer >= 1',
    holds: (value) => isInteger(value) && value >= 1,
  },
  {
    field: 'num_random_starts',
    rule: 'an integer >= 1',
    holds: (value) => isInteger(value) && value >= 1,
  },
  {
    field: 'dephasing_rate',
    rule: 'null or a number in [0, 1]',
    holds: (value) => value === null || (isNumber(value) && value >= 0 && value <= 1),
  },
  {
    field: 'shot_count',
    rule: 'null or an integer >= 1',
    holds: (value) => value === null || (isInteger(value) && value >= 1),
  },
  {
    field: 'params',
    rule: 'an object',
    holds: (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
  },
  {
    field: 'name',
    rule: 'null or a string',
    holds: (value) => value === null || typeof value === 'string',
  },
  {
    field: 'timestamp',
    rule: 'null or a string',
    holds: (value) => value === null || typeof value === 'string',
  },
];

/**
 * Every rule the configuration breaks, one message per field naming the value and the rule,
 * e.g. `ansatz_depth must be an integer in [1, 10], got 11`. Empty when it is valid.
 */
export function validateConfiguration(config: unknown): string[] {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    return [`configuration must be an object, got ${describeValue(config)}`];
  }

  const fields = config as Record<string, unknown>;

  return CONFIGURATION_RULES.filter(({ field, holds }) => !holds(fields[field])).map(
    ({ field, rule }) => `${field} must be ${rule}, got ${describeValue(fields[field])}`,
  );
}

export function isValidConfiguration(config: unknown): config is Configuration {
  return validateConfiguration(config).length === 0;
}

/**
 * Reads a configuration from parsed JSON as the original's `from_dict` does (unknown keys are
 * dropped, missing keys take the Configuration defaults, name and timestamp null), then checks
 * it; every violated rule is listed in one KernelInputError.
 */
export function parseConfiguration(value: unknown, source = 'configuration'): Configuration {
  const fields = readObject(value, source);
  // The Configuration class's own defaults: the space's default is additionally named "default".
  const defaults: Configuration = { ...defaultConfiguration(), name: null };
  const merged: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    if (fields[key] !== undefined) {
      merged[key] = fields[key];
    }
  }

  const violations = validateConfiguration(merged);
  if (violations.length > 0) {
    throw new KernelInputError(`Invalid ${source}: ${violations.join('; ')}`);
  }

  return cloneConfiguration(merged as unknown as Configuration);
}

/**
 * How far apart two configurations are: 1 for each differing name (algorithm, ansatz,
 * optimizer) plus |Δdepth|/10 + |Δlr|/0.1 + |Δmax_iterations|/100 + |Δstarts|/5.
 */
export function configurationDistance(a: Configuration, b: Configuration): number {
  const names =
    Number(a.algorithm !== b.algorithm) +
    Number(a.ansatz_type !== b.ansatz_type) +
    Number(a.optimizer !== b.optimizer);

  return (
    names +
    Math.abs(a.ansatz_depth - b.ansatz_depth) / 10 +
    Math.abs(a.learning_rate - b.learning_rate) / 0.1 +
    Math.abs(a.max_iterations - b.max_iterations) / 100 +
    Math.abs(a.num_random_starts - b.num_random_starts) / 5
  );
}

/**
 * Reads a configuration that must be complete and valid as it stands (a saved state): no
 * defaults are filled in; every violated rule is listed in one KernelInputError.
 */
export function readConfiguration(value: unknown, path: string): Configuration {
  readObject(value, path);
  const violations = validateConfiguration(value);
  if (violations.length > 0) {
    throw new KernelInputError(`Invalid ${path}: ${violations.join('; ')}`);
  }

  return cloneConfiguration(value as Configuration);
}
