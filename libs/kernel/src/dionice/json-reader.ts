import { KernelInputError } from './kernel-errors';

/** A parsed JSON object whose fields have not been checked yet. */
export type JsonObject = Record<string, unknown>;

/**
 * Readers that check one value of untrusted JSON (a saved state, a configuration file) and throw
 * a KernelInputError naming the path, the rule and the value when it does not fit.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (value !== null && typeof value === 'object') {
    return 'an object';
  }

  return String(value);
}

export function readObject(value: unknown, path: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new KernelInputError(`${path} must be an object, got ${describeValue(value)}`);
  }

  return value as JsonObject;
}

export function readArray(value: unknown, path: string, length?: number): unknown[] {
  if (!Array.isArray(value)) {
    throw new KernelInputError(`${path} must be an array, got ${describeValue(value)}`);
  }
  if (length !== undefined && value.length !== length) {
    throw new KernelInputError(`${path} must have ${length} entries, got ${value.length}`);
  }

  return value;
}

export function readFiniteNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new KernelInputError(`${path} must be a finite number, got ${describeValue(value)}`);
  }

  return value;
}

/** A number in the closed interval [min, max]; NaN and non-numbers are rejected. */
export function readNumberInRange(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw new KernelInputError(
      `${path} must be a number in [${min}, ${max}], got ${describeValue(value)}`,
    );
  }

  return value;
}

/** An integer no smaller than `min` (and no larger than `max` when given). */
export function readInteger(value: unknown, path: string, min: number, max?: number): number {
  const fits =
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= min &&
    (max === undefined || value <= max);
  if (!fits) {
    const range = max === undefined ? `>= ${min}` : `in [${min}, ${max}]`;
    throw new KernelInputError(`${path} must be an integer ${range}, got ${describeValue(value)}`);
  }

  return value;
}

export function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') {
    throw new KernelInputError(`${path} must be true or false, got ${describeValue(value)}`);
  }

  return value;
}

export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string') {
    throw new KernelInputError(`${path} must be a string, got ${describeValue(value)}`);
  }

  return value;
}

/** One of `allowed`, compared exactly. */
export function readOneOf<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new KernelInputError(
      `${path} must be one of ${allowed.join(', ')}, got ${describeValue(value)}`,
    );
  }

  return value as T;
}

/** One of `allowed`, compared case-insensitively; returns the canonical spelling. */
export function readOneOfIgnoringCase<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
): T {
  const match =
    typeof value === 'string'
      ? allowed.find((name) => name.toLowerCase() === value.toLowerCase())
      : undefined;
  if (match === undefined) {
    throw new KernelInputError(
      `${path} must be one of ${allowed.join(', ')} (case-insensitive), got ${describeValue(value)}`,
    );
  }

  return match;
}
