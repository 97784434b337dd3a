/**
 * Formats a number as Rust's `format!("{:.N}", value)` does for an f64: the exact decimal value
 * rounded to N places, with exact binary ties rounded half to even (0.03125 → "0.0312" at four
 * places, where `toFixed` gives "0.0313"). Also prints "NaN", "inf", "-inf" and keeps the sign
 * of negative zero, as Rust does.
 */
export function formatRustFixed(value: number, precision = 4): string {
  if (!Number.isInteger(precision) || precision < 0 || precision > 100) {
    throw new RangeError(`precision must be an integer in [0, 100], got ${precision}`);
  }
  if (Number.isNaN(value)) {
    return 'NaN';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? 'inf' : '-inf';
  }

  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const magnitude = Math.abs(value);

  return sign + formatMagnitude(magnitude, precision);
}

function formatMagnitude(magnitude: number, precision: number): string {
  // A double is an exact tie at N places iff magnitude·2^(N+1) is an odd integer.
  const scaledByTwoPower = magnitude * 2 ** (precision + 1);
  const isTie = Number.isInteger(scaledByTwoPower) && scaledByTwoPower % 2 === 1;
  if (isTie) {
    return formatTieHalfToEven(BigInt(scaledByTwoPower), precision);
  }
  if (magnitude >= 1e21) {
    // toFixed switches to exponent notation here; such doubles are integers anyway.
    return withDecimals(BigInt(magnitude) * 10n ** BigInt(precision), precision);
  }

  return magnitude.toFixed(precision);
}

/** magnitude = odd / 2^(N+1), so magnitude·10^N = odd·5^N / 2 lies halfway between two integers. */
function formatTieHalfToEven(odd: bigint, precision: number): string {
  const below = (odd * 5n ** BigInt(precision) - 1n) / 2n;
  const units = below % 2n === 0n ? below : below + 1n;

  return withDecimals(units, precision);
}

/** Places a decimal point N digits from the right of `units`. */
function withDecimals(units: bigint, precision: number): string {
  const digits = units.toString().padStart(precision + 1, '0');
  if (precision === 0) {
    return digits;
  }

  return `${digits.slice(0, -precision)}.${digits.slice(-precision)}`;
}
