import { METATRON_NODE_COUNT } from '../graph/metatron-graph';

/**
 * Gate kinds of the 13-level ansätze. Each acts on one or two amplitudes (a, b) in place; the
 * coefficients come from the gate's parameter(s) and are cached until that parameter changes.
 */
export const GateKind = {
  /** [[c, −s], [s, c]] with c = cos(θ/2), s = sin(θ/2) (HardwareEfficient "Ry"). */
  RealRotation: 0,
  /** [[c, −i·s], [−i·s, c]] with c = cos(θ/2), s = sin(θ/2). */
  HalfAngleXRotation: 1,
  /** [[c, −i·s], [−i·s, c]] with the full angle: c = cos θ, s = sin θ (Metatron entanglers). */
  FullAngleXRotation: 2,
  /** [[1, −i], [−i, 1]]/√2, no parameter (EfficientSU2 entangler). */
  FixedXRotation: 3,
  /** a·e^{−iθ/2} and, when b exists, b·e^{+iθ/2} (HardwareEfficient "Rz"). */
  PhasePair: 4,
  /** Amplitude m times e^{iθ·2πm/13} for every m (Metatron centre node). */
  PhaseRamp: 5,
  /** EfficientSU2 block of three parameters (t1, t2, t3) on (a, b). */
  Su2: 6,
} as const;
export type GateKind = (typeof GateKind)[keyof typeof GateKind];

/** Cached coefficients per gate kind. */
export const COEFFICIENT_COUNT: Record<GateKind, number> = {
  [GateKind.RealRotation]: 2,
  [GateKind.HalfAngleXRotation]: 2,
  [GateKind.FullAngleXRotation]: 2,
  [GateKind.FixedXRotation]: 2,
  [GateKind.PhasePair]: 2,
  [GateKind.PhaseRamp]: 2 * METATRON_NODE_COUNT,
  [GateKind.Su2]: 8,
};

/** Consecutive parameters each gate kind reads, from GateSpec.parameter on. */
export const PARAMETER_COUNT: Record<GateKind, number> = {
  [GateKind.RealRotation]: 1,
  [GateKind.HalfAngleXRotation]: 1,
  [GateKind.FullAngleXRotation]: 1,
  [GateKind.FixedXRotation]: 0,
  [GateKind.PhasePair]: 1,
  [GateKind.PhaseRamp]: 1,
  [GateKind.Su2]: 3,
};

/** One gate as an ansatz declares it: kind, amplitudes a and b (−1: none), first parameter. */
export interface GateSpec {
  kind: GateKind;
  a: number;
  b: number;
  parameter: number;
}

/** In-place 2×2 updates of amplitudes a and b, one per gate kind (no allocation). */
export function applyRealRotation(
  c: number,
  s: number,
  a: number,
  b: number,
  re: Float64Array,
  im: Float64Array,
): void {
  const ar = re[a];
  const ai = im[a];
  const br = re[b];
  const bi = im[b];
  re[a] = c * ar - s * br;
  im[a] = c * ai - s * bi;
  re[b] = s * ar + c * br;
  im[b] = s * ai + c * bi;
}

export function applyXRotation(
  c: number,
  s: number,
  a: number,
  b: number,
  re: Float64Array,
  im: Float64Array,
): void {
  const ar = re[a];
  const ai = im[a];
  const br = re[b];
  const bi = im[b];
  re[a] = c * ar + s * bi;
  im[a] = c * ai - s * br;
  re[b] = c * br + s * ai;
  im[b] = c * bi - s * ar;
}

export function applyPhasePair(
  c: number,
  s: number,
  a: number,
  b: number,
  re: Float64Array,
  im: Float64Array,
): void {
  const ar = re[a];
  const ai = im[a];
  re[a] = c * ar + s * ai;
  im[a] = c * ai - s * ar;
  if (b >= 0) {
    const br = re[b];
    const bi = im[b];
    re[b] = c * br - s * bi;
    im[b] = c * bi + s * br;
  }
}

export function applyPhaseRamp(
  c: Float64Array,
  o: number,
  re: Float64Array,
  im: Float64Array,
): void {
  for (let m = 0; m < METATRON_NODE_COUNT; m++) {
    const cos = c[o + 2 * m];
    const sin = c[o + 2 * m + 1];
    const r = re[m];
    const i = im[m];
    re[m] = cos * r - sin * i;
    im[m] = cos * i + sin * r;
  }
}

/** A general complex 2×2 matrix [m00, m01; m10, m11], stored as (re, im) pairs in row order. */
export function applyGeneral(
  c: Float64Array,
  o: number,
  a: number,
  b: number,
  re: Float64Array,
  im: Float64Array,
): void {
  const ar = re[a];
  const ai = im[a];
  const br = re[b];
  const bi = im[b];
  re[a] = c[o] * ar - c[o + 1] * ai + (c[o + 2] * br - c[o + 3] * bi);
  im[a] = c[o] * ai + c[o + 1] * ar + (c[o + 2] * bi + c[o + 3] * br);
  re[b] = c[o + 4] * ar - c[o + 5] * ai + (c[o + 6] * br - c[o + 7] * bi);
  im[b] = c[o + 4] * ai + c[o + 5] * ar + (c[o + 6] * bi + c[o + 7] * br);
}

/** e^{iθ·2πm/13} for m = 0..12, as (cos, sin) pairs. */
export function rampCoefficients(theta: number, c: Float64Array, o: number): void {
  for (let m = 0; m < METATRON_NODE_COUNT; m++) {
    const phase = (theta * 2 * Math.PI * m) / METATRON_NODE_COUNT;
    c[o + 2 * m] = Math.cos(phase);
    c[o + 2 * m + 1] = Math.sin(phase);
  }
}

/** [[e^{iα}·c, −e^{iβ}·s], [e^{−iβ}·s, e^{−iα}·c]], α = (t1+t3)/2, β = (t1−t3)/2. */
export function su2Coefficients(angles: Float64Array, p: number, c: Float64Array, o: number): void {
  const t1 = angles[p];
  const t2 = angles[p + 1];
  const t3 = angles[p + 2];
  const cos = Math.cos(t2 / 2);
  const sin = Math.sin(t2 / 2);
  const alpha = (t1 + t3) / 2;
  const beta = (t1 - t3) / 2;
  const cosAlpha = Math.cos(alpha);
  const sinAlpha = Math.sin(alpha);
  const cosBeta = Math.cos(beta);
  const sinBeta = Math.sin(beta);
  c[o] = cosAlpha * cos;
  c[o + 1] = sinAlpha * cos;
  c[o + 2] = -(cosBeta * sin);
  c[o + 3] = -(sinBeta * sin);
  c[o + 4] = cosBeta * sin;
  c[o + 5] = -sinBeta * sin;
  c[o + 6] = cosAlpha * cos;
  c[o + 7] = -sinAlpha * cos;
}
