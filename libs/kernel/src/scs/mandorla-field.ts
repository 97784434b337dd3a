import { describeValue, readArray, readFiniteNumber, readObject } from '../dionice/json-reader';
import { KernelInputError } from '../dionice/kernel-errors';
import { FEEDBACK_DIMENSION } from './feedback-encoder';
import type { PerformanceTriplet } from './performance-triplet';

/** The serialised field, in the original's layout. */
export interface MandorlaFieldState {
  dimension: number;
  field_state: number[];
  alpha: number;
  gamma: number;
  beta_weights: number[];
  submodule_states: number[][];
}

const SUBMODULE_COUNT = 3;
const NORM_FLOOR = 1e-10;
const SUBMODULE_MEMORY = 0.8;
const SUBMODULE_INTAKE = 0.2;

/** Which submodule an algorithm feeds; anything not listed feeds submodule 0. */
const SUBMODULE_OF_ALGORITHM: Record<string, number> = {
  VQE: 0,
  QAOA: 1,
  QuantumWalk: 2,
  Grover: 0,
  Boson: 1,
  VQC: 2,
};

/**
 * The Mandorla field M (16 dimensions) with three algorithm submodules G₀..G₂. Each update mixes
 * memory, submodules and the new injection, N = α·M + Σ βᵢ·Gᵢ + γ·I, and renormalises.
 */
export class MandorlaField {
  private state: number[];
  private submodules: number[][];

  constructor(
    readonly alpha = 0.95,
    readonly gamma = 0.5,
    private readonly betaWeights: readonly number[] = [0.1, 0.1, 0.1],
  ) {
    this.state = zeros();
    this.submodules = Array.from({ length: SUBMODULE_COUNT }, zeros);
  }

  /** A copy of M. */
  get fieldState(): number[] {
    return [...this.state];
  }

  /** M ← N/‖N‖ with N = α·M + Σ βᵢ·Gᵢ + γ·I (N itself when ‖N‖ = 0). */
  update(injection: readonly number[]): void {
    assertDimension(injection);
    const mixed = this.state.map((memory, index) => {
      let coupling = 0;
      for (let module = 0; module < SUBMODULE_COUNT; module++) {
        coupling += this.betaWeights[module] * this.submodules[module][index];
      }

      return this.alpha * memory + coupling + this.gamma * injection[index];
    });

    const length = euclideanNorm(mixed);
    this.state = length === 0 ? mixed : mixed.map((component) => component / length);
  }

  /**
   * G ← 0.8·G + 0.2·e for the algorithm's submodule, with e = (ψ, ρ, ω, harmonic mean,
   * geometric mean, then sin(2πi/16)·ψ for i ≥ 5).
   */
  updateSubmodules(performance: PerformanceTriplet, algorithm: string): void {
    const module = SUBMODULE_OF_ALGORITHM[algorithm] ?? 0;
    const encoding = submoduleEncoding(performance);
    this.submodules[module] = this.submodules[module].map(
      (memory, index) => SUBMODULE_MEMORY * memory + SUBMODULE_INTAKE * encoding[index],
    );
  }

  /** Cosine similarity of M and I, with 1e−10 added to each norm. */
  resonanceWith(injection: readonly number[]): number {
    assertDimension(injection);
    const dot = this.state.reduce((sum, component, index) => sum + component * injection[index], 0);

    return (
      dot / ((euclideanNorm(this.state) + NORM_FLOOR) * (euclideanNorm(injection) + NORM_FLOOR))
    );
  }

  /** ‖M‖: 0 before the first update, 1 afterwards. */
  norm(): number {
    return euclideanNorm(this.state);
  }

  toJSON(): MandorlaFieldState {
    return {
      dimension: FEEDBACK_DIMENSION,
      field_state: [...this.state],
      alpha: this.alpha,
      gamma: this.gamma,
      beta_weights: [...this.betaWeights],
      submodule_states: this.submodules.map((module) => [...module]),
    };
  }

  /** Restores a field from `toJSON()` output; a malformed one throws a KernelInputError. */
  static fromJSON(value: unknown, path = 'field'): MandorlaField {
    const fields = readObject(value, path);
    if (fields.dimension !== FEEDBACK_DIMENSION) {
      throw new KernelInputError(
        `${path}.dimension must be ${FEEDBACK_DIMENSION}, got ${describeValue(fields.dimension)}`,
      );
    }
    const betaWeights = readVector(fields.beta_weights, `${path}.beta_weights`, SUBMODULE_COUNT);
    const field = new MandorlaField(
      readFiniteNumber(fields.alpha, `${path}.alpha`),
      readFiniteNumber(fields.gamma, `${path}.gamma`),
      betaWeights,
    );
    field.state = readVector(fields.field_state, `${path}.field_state`, FEEDBACK_DIMENSION);
    field.submodules = readArray(
      fields.submodule_states,
      `${path}.submodule_states`,
      SUBMODULE_COUNT,
    ).map((module, index) =>
      readVector(module, `${path}.submodule_states[${index}]`, FEEDBACK_DIMENSION),
    );

    return field;
  }
}

function submoduleEncoding(performance: PerformanceTriplet): number[] {
  const encoding = [
    performance.psi,
    performance.rho,
    performance.omega,
    performance.harmonicMean(),
    performance.geometricMean(),
  ];
  for (let index = encoding.length; index < FEEDBACK_DIMENSION; index++) {
    encoding.push(Math.sin((2 * Math.PI * index) / FEEDBACK_DIMENSION) * performance.psi);
  }

  return encoding;
}

function readVector(value: unknown, path: string, length: number): number[] {
  return readArray(value, path, length).map((entry, index) =>
    readFiniteNumber(entry, `${path}[${index}]`),
  );
}

function assertDimension(vector: readonly number[]): void {
  if (vector.length !== FEEDBACK_DIMENSION) {
    throw new KernelInputError(
      `injection must have ${FEEDBACK_DIMENSION} components, got ${vector.length}`,
    );
  }
}

function euclideanNorm(vector: readonly number[]): number {
  return Math.sqrt(vector.reduce((sum, component) => sum + component * component, 0));
}

function zeros(): number[] {
  return new Array<number>(FEEDBACK_DIMENSION).fill(0);
}
