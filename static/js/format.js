// How numbers, times and ids read on the page; pure functions.

export const NONE = '—';

/** ψ/ρ/ω style: four decimals, "—" for null or not a number. */
export function fixed4(value) {
  return isNumber(value) ? value.toFixed(4) : NONE;
}

export function fixed(value, digits) {
  return isNumber(value) ? value.toFixed(digits) : NONE;
}

export function isNumber(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/** J = ψ·ρ·ω, the calibration objective; null unless all three are numbers. */
export function objective(psi, rho, omega) {
  return isNumber(psi) && isNumber(rho) && isNumber(omega) ? psi * rho * omega : null;
}

export function shortId(id) {
  return typeof id === 'string' ? id.slice(0, 8) : NONE;
}

export function clockTime(iso) {
  return iso ? new Date(iso).toLocaleTimeString() : NONE;
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString() : NONE;
}

export function percent(fraction) {
  return isNumber(fraction) ? `${Math.round(fraction * 100)}%` : NONE;
}

/** "3 s ago", "2 min ago": how long since `iso`, as of `now` (ms). */
export function age(iso, now) {
  if (!iso) {
    return NONE;
  }
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) {
    return `${seconds} s ago`;
  }
  const minutes = Math.round(seconds / 60);

  return minutes < 60 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
}

export function seconds(value) {
  return isNumber(value) ? `${value.toFixed(2)}s` : NONE;
}

export function yesNo(value) {
  if (value === null || value === undefined) {
    return NONE;
  }

  return value ? 'yes' : 'no';
}
