import { defaultConfiguration, Xoshiro128 } from '@qdash/kernel';

/**
 * One `SeraphicCalibrator.step()` with the estimate evaluator and the explore policy, written as
 * flat code over plain numbers and typed arrays: no kernel classes (only Xoshiro128 for the
 * draws), no validation, no cloning, no result objects. Every floating-point expression is
 * written in the same order as in the kernel so the results are bit-identical; the benchmark
 * checks that against the library step by step.
 *
 * Left out because they cannot change any result: the DioniceKernel's 4D history (never read
 * except for the state just ingested), the hyperbion reading and HDAG relaxation (the HDAG is
 * always empty, so its gradient is zero), the funnel's Hebbian/split/merge/prune passes (no
 * edges; explore never splits or merges unit-mass nodes), the regime switch's fallback to the
 * default configuration (the new regime is always valid) and everything only the result objects
 * need (CRI diagnostics, note strings). The funnel is a ring of node positions.
 */

/** A configuration is seven numbers; names are indices into the tables below. */
export const ALGORITHM = 0;
export const ANSATZ = 1;
export const DEPTH = 2;
export const OPTIMIZER = 3;
export const LEARNING_RATE = 4;
export const ITERATIONS = 5;
export const STARTS = 6;
const SLOTS = 7;

export const ALGORITHM_NAMES = [
  'VQE',
  'QAOA',
  'QuantumWalk',
  'Grover',
  'Boson',
  'VQC',
  'Integration',
] as const;
export const ANSATZ_NAMES = ['HardwareEfficient', 'EfficientSU2', 'Metatron'] as const;
export const OPTIMIZER_NAMES = ['Adam', 'LBFGS', 'GradientDescent', 'COBYLA'] as const;
const VQE = 0;
const QAOA = 1;
const METATRON = 2;
const ADAM = 0;
const LBFGS = 1;
const GRADIENT_DESCENT = 2;
/** Mandorla submodule and DioniceKernel y coordinate of each algorithm, by index. */
const SUBMODULE_OF = [0, 1, 2, 0, 1, 2, 0];
const Y_OF = [1, 2, 0, 0, 0, 3, 0];

const DIM = 16;
const J_WINDOW = 5;
const J_HISTORY = 10;
const MAX_FUNNEL_NODES = 128;
const RING = MAX_FUNNEL_NODES + 1;

/** Bits of `notes`, in the kernel's note order. */
export const NOTE_MORE_STABILITY = 1;
export const NOTE_LESS_STABILITY = 2;
export const NOTE_QUALITY_UP = 4;
export const NOTE_QUALITY_DOWN = 8;
export const NOTE_EFFICIENCY_GAIN = 16;
export const NOTE_EFFICIENCY_LOSS = 32;
export const NOTE_REGIME = 64;
export const NOTE_EXPLORATION = 128;
export const NOTE_CONSOLIDATION = 256;

/**
 * A calibration as plain numbers and typed arrays. The constructor is `initialize()`: one seed
 * draw, the reference triplet fed to the field, J recorded once.
 */
export class BareCalibration {
  readonly rng: Xoshiro128;
  readonly ref: Float64Array;
  readonly config = new Float64Array(SLOTS);
  psi: number;
  rho: number;
  omega: number;
  stepCount = 0;
  acceptedCount = 0;
  bestJ = 0;
  readonly bestConfig = new Float64Array(SLOTS);
  readonly field = new Float64Array(DIM);
  readonly submodules = new Float64Array(3 * DIM);
  readonly scratch = new Float64Array(DIM);
  readonly neighbour = new Float64Array(SLOTS);
  readonly best = new Float64Array(SLOTS);
  readonly updated = new Float64Array(SLOTS);
  readonly candidate = new Float64Array(SLOTS);
  readonly jHistory = new Float64Array(J_HISTORY);
  jCount = 0;
  stepsSinceImpulse = 0;
  /** Funnel node positions (x, y, z, ψ), node id k at slot k mod RING. */
  readonly funnel = new Float64Array(4 * RING);
  dioniceSteps = 0;
  // What the last step produced, for the equality check.
  accepted = false;
  triggered = false;
  jT = 0;
  candPsi = 0;
  candRho = 0;
  candOmega = 0;
  resonance = 0;
  score = 0;
  notes = 0;
  stabilityTarget = NaN;
  efficiencyTarget = NaN;
  suggestedY = NaN;

  constructor(seed: number, reference: { psi: number; rho: number; omega: number }) {
    const start = defaultConfiguration();
    this.config.set([
      ALGORITHM_NAMES.indexOf(start.algorithm),
      ANSATZ_NAMES.indexOf(start.ansatz_type),
      start.ansatz_depth,
      OPTIMIZER_NAMES.indexOf(start.optimizer),
      start.learning_rate,
      start.max_iterations,
      start.num_random_starts,
    ]);
    this.bestConfig.set(this.config);
    this.rng = Xoshiro128.fromSeed(seed);
    this.ref = Float64Array.of(reference.psi, reference.rho, reference.omega);
    this.psi = reference.psi;
    this.rho = reference.rho;
    this.omega = reference.omega;
    this.rng.nextUint32();
    encode(this.scratch, this.psi, this.rho, this.omega);
    updateField(this);
    this.bestJ = recordJ(this, this.psi * this.rho * this.omega);
  }
}

/** One calibration step; returns J + the DioniceKernel score, as the library bench folds it. */
export function bareStep(s: BareCalibration): number {
  s.stepCount += 1;
  const { psi, rho, omega, config, rng } = s;

  // Field ← reference triplet, then the current algorithm's submodule ← current performance.
  encode(s.scratch, s.ref[0], s.ref[1], s.ref[2]);
  updateField(s);
  updateSubmodule(s, SUBMODULE_OF[config[ALGORITHM]]);

  // Φ_U: 8 neighbours of the current configuration scored by quality.
  const { neighbour, best, updated, candidate } = s;
  best.set(config);
  let bestScore = psi;
  for (let k = 0; k < 8; k++) {
    mutate(config, neighbour, rng);
    if (isValid(neighbour)) {
      let score = psi;
      const shallow = neighbour[DEPTH] >= 1 && neighbour[DEPTH] <= 3;
      if (neighbour[ANSATZ] === METATRON && shallow) score += 0.05;
      if (neighbour[OPTIMIZER] === ADAM) score += 0.02;
      if (neighbour[STARTS] > config[STARTS]) score += 0.01 * (neighbour[STARTS] - config[STARTS]);
      if (neighbour[LEARNING_RATE] >= 0.005 && neighbour[LEARNING_RATE] <= 0.02) score += 0.02;
      score = Math.min(1, score);
      if (score > bestScore) {
        best.set(neighbour);
        bestScore = score;
      }
    }
  }
  updated.set(best);

  // Φ_V: 8 neighbours of Φ_U's result scored by stability and efficiency.
  bestScore = 0.6 * rho + 0.4 * omega;
  for (let k = 0; k < 8; k++) {
    mutate(updated, neighbour, rng);
    if (isValid(neighbour)) {
      let stability = rho;
      let efficiency = omega;
      if (neighbour[STARTS] >= 3) stability += 0.05;
      if (neighbour[DEPTH] <= 2) stability += 0.03;
      if (neighbour[DEPTH] < updated[DEPTH]) efficiency += 0.05;
      if (neighbour[ITERATIONS] < updated[ITERATIONS]) efficiency += 0.02;
      const score = Math.min(1, 0.6 * stability + 0.4 * efficiency);
      if (score > bestScore) {
        best.set(neighbour);
        bestScore = score;
      }
    }
  }
  candidate.set(best);

  // The evaluation seed (unused by the estimate), then the estimate's increments.
  rng.nextUint32();
  let candPsi = psi;
  let candRho = rho;
  let candOmega = omega;
  const depth = candidate[DEPTH];
  const shallow = depth >= 1 && depth <= 3;
  if (candidate[ANSATZ] === METATRON && shallow) candPsi = Math.min(1, candPsi + 0.02);
  if (candidate[OPTIMIZER] === ADAM) candPsi = Math.min(1, candPsi + 0.01);
  if (candidate[STARTS] >= 3) candRho = Math.min(1, candRho + 0.03);
  if (depth <= 2) candOmega = Math.min(1, candOmega + 0.02);

  // Proof-of-Resonance with the default criteria, field resonance included.
  encode(s.scratch, candPsi, candRho, candOmega);
  let dot = 0;
  for (let i = 0; i < DIM; i++) dot += s.field[i] * s.scratch[i];
  const resonance = dot / ((norm(s.field) + 1e-10) * (norm(s.scratch) + 1e-10));
  const accepted =
    candPsi >= psi + 0.0 && candRho >= rho - 0.1 && candOmega >= 0.3 && resonance >= 0.0;

  // Ledger, J, regime switch.
  if (accepted) {
    config.set(candidate);
    s.psi = candPsi;
    s.rho = candRho;
    s.omega = candOmega;
    s.acceptedCount += 1;
  }
  const jT = recordJ(s, s.psi * s.rho * s.omega);
  if (jT > s.bestJ) {
    s.bestJ = jT;
    s.bestConfig.set(config);
  }
  const triggered =
    s.stepsSinceImpulse >= 10 && (isStagnating(s) || isDegrading(s)) && norm(s.field) >= 0.3;
  if (triggered) {
    s.stepsSinceImpulse = 0;
    nextRegime(config);
  }

  const score = dioniceStep(s);
  s.accepted = accepted;
  s.triggered = triggered;
  s.jT = jT;
  s.candPsi = candPsi;
  s.candRho = candRho;
  s.candOmega = candOmega;
  s.resonance = resonance;

  return jT + score;
}

/**
 * The DioniceKernel step on (ψ, ρ, ω, algorithm): the 4D state joins the funnel ring, the next
 * state is the oldest node kept (at most 128 survive a step), and the deltas decide notes,
 * targets, regime flag and score.
 */
function dioniceStep(s: BareCalibration): number {
  const t = s.dioniceSteps;
  const x = (s.rho - 0.5) * 2;
  const y = Y_OF[s.config[ALGORITHM]];
  const z = (s.omega - 0.5) * 2;
  const at = 4 * (t % RING);
  s.funnel[at] = x;
  s.funnel[at + 1] = y;
  s.funnel[at + 2] = z;
  s.funnel[at + 3] = s.psi;
  const nodesBefore = Math.min(t, MAX_FUNNEL_NODES);
  const nodesAfter = nodesBefore + 1;
  const created = Math.max(0, nodesAfter - nodesBefore);
  const merged = Math.max(0, nodesBefore - nodesAfter);
  const oldest = 4 * (Math.max(0, t - MAX_FUNNEL_NODES) % RING);
  const nextX = s.funnel[oldest];
  const nextY = s.funnel[oldest + 1];
  const nextZ = s.funnel[oldest + 2];
  const nextPsi = s.funnel[oldest + 3];
  s.dioniceSteps = t + 1;

  const deltaX = nextX - x;
  const deltaY = nextY - y;
  const deltaZ = nextZ - z;
  const deltaPsi = nextPsi - s.psi;
  let notes = 0;
  s.stabilityTarget = NaN;
  s.efficiencyTarget = NaN;
  s.suggestedY = NaN;
  if (Math.abs(deltaX) > 0.1) {
    s.stabilityTarget = nextX / 2 + 0.5;
    notes |= deltaX > 0 ? NOTE_MORE_STABILITY : NOTE_LESS_STABILITY;
  }
  if (deltaPsi > 0) notes |= NOTE_QUALITY_UP;
  else if (deltaPsi < -0.05) notes |= NOTE_QUALITY_DOWN;
  if (deltaZ > 0.1) {
    s.efficiencyTarget = nextZ / 2 + 0.5;
    notes |= NOTE_EFFICIENCY_GAIN;
  } else if (deltaZ < -0.1) {
    notes |= NOTE_EFFICIENCY_LOSS;
  }
  if (Math.abs(deltaY) > 0.5) {
    s.suggestedY = Math.sign(nextY) * Math.round(Math.abs(nextY));
    notes |= NOTE_REGIME;
  }
  if (created > 0) notes |= NOTE_EXPLORATION;
  if (merged > 0) notes |= NOTE_CONSOLIDATION;
  s.notes = notes;
  s.score = Math.min(1, Math.max(0, nextPsi));

  return s.score;
}

/** A neighbour: a copy of `from` with one of six parameters redrawn, as the kernel draws it. */
function mutate(from: Float64Array, to: Float64Array, rng: Xoshiro128): void {
  to.set(from);
  switch (rng.nextInt(6)) {
    case 0:
      to[DEPTH] = clamp(from[DEPTH] + (rng.nextInt(3) - 1), 1, 10);
      break;
    case 1:
      to[LEARNING_RATE] = clamp(from[LEARNING_RATE] * rng.uniform(0.8, 1.2), 0.001, 0.1);
      break;
    case 2:
      to[ITERATIONS] = clamp(from[ITERATIONS] + (rng.nextInt(5) * 10 - 20), 10, 500);
      break;
    case 3:
      to[STARTS] = clamp(from[STARTS] + (rng.nextInt(3) - 1), 1, 5);
      break;
    case 4:
      to[OPTIMIZER] = rng.nextInt(4);
      break;
    default:
      to[ANSATZ] = rng.nextInt(3);
  }
}

function isValid(c: Float64Array): boolean {
  return (
    c[DEPTH] >= 1 &&
    c[DEPTH] <= 10 &&
    c[LEARNING_RATE] > 0 &&
    c[LEARNING_RATE] <= 1 &&
    c[ITERATIONS] >= 1 &&
    c[STARTS] >= 1
  );
}

/** The regime switch's impulse: algorithm, ansatz, optimizer move on; lr follows the optimizer. */
function nextRegime(c: Float64Array): void {
  if (c[ALGORITHM] === VQE) {
    c[ALGORITHM] = QAOA;
    c[DEPTH] = 3;
  } else if (c[ALGORITHM] === QAOA) {
    c[ALGORITHM] = VQE;
    c[DEPTH] = 2;
  } else {
    c[ALGORITHM] = VQE;
  }
  c[ANSATZ] = (c[ANSATZ] + 2) % 3;
  c[OPTIMIZER] = c[OPTIMIZER] === ADAM ? LBFGS : c[OPTIMIZER] === LBFGS ? GRADIENT_DESCENT : ADAM;
  c[LEARNING_RATE] = c[OPTIMIZER] === ADAM ? 0.01 : c[OPTIMIZER] === LBFGS ? 0.1 : 0.005;
}

/** Appends J to the last-10 history and counts the step; returns J. */
function recordJ(s: BareCalibration, jT: number): number {
  s.stepsSinceImpulse += 1;
  if (s.jCount === J_HISTORY) {
    s.jHistory.copyWithin(0, 1);
    s.jHistory[J_HISTORY - 1] = jT;
  } else {
    s.jHistory[s.jCount++] = jT;
  }

  return jT;
}

function windowMean(s: BareCalibration, end: number): number {
  let sum = 0;
  for (let i = end - J_WINDOW; i < end; i++) sum += s.jHistory[i];

  return sum / J_WINDOW;
}

function isStagnating(s: BareCalibration): boolean {
  const n = s.jCount;
  if (n < J_WINDOW) return false;
  const recent = windowMean(s, n);
  let spread = 0;
  for (let i = n - J_WINDOW; i < n; i++) spread += (s.jHistory[i] - recent) ** 2;
  if (spread / J_WINDOW > 0.01) return false;

  return n >= 2 * J_WINDOW ? !(recent > windowMean(s, n - J_WINDOW) + 0.01) : true;
}

function isDegrading(s: BareCalibration): boolean {
  const n = s.jCount;

  return n >= 2 * J_WINDOW && windowMean(s, n) < windowMean(s, n - J_WINDOW) - 0.05;
}

/** M ← N/‖N‖ with N = 0.95·M + Σ 0.1·Gᵢ + 0.5·I, I in `s.scratch`. */
function updateField(s: BareCalibration): void {
  const { field, submodules, scratch: injection } = s;
  for (let i = 0; i < DIM; i++) {
    let coupling = 0;
    for (let m = 0; m < 3; m++) coupling += 0.1 * submodules[m * DIM + i];
    field[i] = 0.95 * field[i] + coupling + 0.5 * injection[i];
  }
  const length = norm(field);
  if (length !== 0) {
    for (let i = 0; i < DIM; i++) field[i] = field[i] / length;
  }
}

/** The feedback injection of (ψ, ρ, ω), into `out`. */
function encode(out: Float64Array, psi: number, rho: number, omega: number): void {
  out[0] = psi;
  out[1] = rho;
  out[2] = omega;
  out[3] = harmonicMean(psi, rho, omega);
  out[4] = Math.cbrt(psi * rho * omega);
  out[5] = Math.sqrt(psi ** 2 + rho ** 2 + omega ** 2);
  out[6] = psi * rho;
  out[7] = psi * omega;
  out[8] = psi * rho * omega;
  for (let i = 9; i < DIM; i++) {
    const phase = (2 * Math.PI * i) / DIM;
    out[i] =
      0.4 * Math.sin(phase) * psi + 0.3 * Math.cos(phase) * rho + 0.3 * Math.sin(2 * phase) * omega;
  }
}

/** G ← 0.8·G + 0.2·e, e = (ψ, ρ, ω, harmonic mean, geometric mean, sin(2πi/16)·ψ for i ≥ 5). */
function updateSubmodule(s: BareCalibration, module: number): void {
  const { psi, rho, omega, scratch: e, submodules: g } = s;
  e[0] = psi;
  e[1] = rho;
  e[2] = omega;
  e[3] = harmonicMean(psi, rho, omega);
  e[4] = Math.cbrt(psi * rho * omega);
  for (let i = 5; i < DIM; i++) e[i] = Math.sin((2 * Math.PI * i) / DIM) * psi;
  for (let i = 0; i < DIM; i++) g[module * DIM + i] = 0.8 * g[module * DIM + i] + 0.2 * e[i];
}

function harmonicMean(psi: number, rho: number, omega: number): number {
  return psi === 0 || rho === 0 || omega === 0 ? 0 : 3 / (1 / psi + 1 / rho + 1 / omega);
}

function norm(v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];

  return Math.sqrt(sum);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
