import { CommandError } from './cli-errors';

/**
 * A number option. Anything `Number()` cannot read is refused here; "NaN" itself passes through
 * so that the kernel can reject it with its own rule.
 */
export function numberOption(option: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || (Number.isNaN(value) && raw.trim() !== 'NaN')) {
    throw new CommandError(`--${option} must be a number, got ${JSON.stringify(raw)}`);
  }

  return value;
}

/** A decimal integer option in [min, max]. */
export function integerOption(option: string, raw: string, min: number, max: number): number {
  const value = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
    throw new CommandError(
      `--${option} must be an integer in [${min}, ${max}], got ${JSON.stringify(raw)}`,
    );
  }

  return value;
}

/** One of `allowed`, matched case-insensitively; returns the canonical spelling. */
export function choiceOption<T extends string>(
  option: string,
  raw: string,
  allowed: readonly T[],
): T {
  const match = allowed.find((name) => name.toLowerCase() === raw.trim().toLowerCase());
  if (match === undefined) {
    const names = allowed.join(', ');
    throw new CommandError(
      `--${option} must be one of ${names} (case-insensitive), got ${JSON.stringify(raw)}`,
    );
  }

  return match;
}
