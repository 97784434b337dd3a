/**
 * Bad input to the qso kernel: names the offending field and the rule it broke, so a caller can
 * report it without parsing the message.
 */
export class QsoInputError extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
    readonly value?: unknown,
  ) {
    super(`${field} ${rule}${value === undefined ? '' : `, got ${describe(value)}`}`);
    this.name = 'QsoInputError';
  }
}

/** Throws unless `value` is an integer in [min, max]. */
export function assertIntegerInRange(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const rule =
      max === Number.MAX_SAFE_INTEGER
        ? `must be an integer >= ${min}`
        : `must be an integer in [${min}, ${max}]`;

    throw new QsoInputError(field, rule, value);
  }
}

/** Throws unless `value` is a finite number strictly greater than zero. */
export function assertPositiveFinite(field: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new QsoInputError(field, 'must be a finite number > 0', value);
  }
}

/** Throws unless `value` is a finite number at least zero. */
export function assertNonNegativeFinite(field: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new QsoInputError(field, 'must be a finite number >= 0', value);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }

  return String(value);
}
