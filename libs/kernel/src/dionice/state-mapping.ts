import { ALGORITHMS, Algorithm } from '../scs/configuration';
import { readNumberInRange, readObject, readOneOfIgnoringCase } from './json-reader';

/** A calibration state as the kernel sees it: x (stability), y (algorithm), z (efficiency), ψ. */
export interface State4D {
  x: number;
  y: number;
  z: number;
  psi: number;
}

/** A 4D state lifted into the funnel's 5D space; `omega` is the time coordinate ω5. */
export interface State5D extends State4D {
  omega: number;
}

/** One observation of a calibration: ψ, ρ, ω in [0, 1] and the algorithm's name. */
export interface DioniceInput {
  psi: number;
  rho: number;
  omega: number;
  algorithm: string;
}

/**
 * Checks an observation and returns it with the algorithm in its canonical spelling. ψ, ρ, ω
 * must be numbers in [0, 1]; the algorithm one of ALGORITHMS, compared case-insensitively.
 */
export function validateDioniceInput(input: unknown): DioniceInput & { algorithm: Algorithm } {
  const fields = readObject(input, 'input');

  return {
    psi: readNumberInRange(fields.psi, 'psi', 0, 1),
    rho: readNumberInRange(fields.rho, 'rho', 0, 1),
    omega: readNumberInRange(fields.omega, 'omega', 0, 1),
    algorithm: readOneOfIgnoringCase(fields.algorithm, 'algorithm', ALGORITHMS),
  };
}

/** The y coordinate of an algorithm: VQE 1, QAOA 2, VQC 3, anything else 0 (case-insensitive). */
export function algorithmCode(algorithm: string): number {
  switch (algorithm.toUpperCase()) {
    case 'VQE':
      return 1;
    case 'QAOA':
      return 2;
    case 'VQC':
      return 3;
    default:
      return 0;
  }
}

/** The algorithm a y coordinate stands for: round(y) 2 → QAOA, 3 → VQC, anything else VQE. */
export function decodeAlgorithm(y: number): 'VQE' | 'QAOA' | 'VQC' {
  const code = roundHalfAwayFromZero(y);
  if (code === 2) {
    return 'QAOA';
  }
  if (code === 3) {
    return 'VQC';
  }

  return 'VQE';
}

/** x = (ρ − 0.5)·2, y = code(algorithm), z = (ω − 0.5)·2, ψ unchanged. */
export function toState4D(input: DioniceInput): State4D {
  return {
    x: (input.rho - 0.5) * 2,
    y: algorithmCode(input.algorithm),
    z: (input.omega - 0.5) * 2,
    psi: input.psi,
  };
}

/** Lifts a state into 5D with the time coordinate ω5 = t. */
export function lift(state: State4D, t: number): State5D {
  return { x: state.x, y: state.y, z: state.z, psi: state.psi, omega: t };
}

/** Drops the time coordinate. */
export function project(state: State5D): State4D {
  return { x: state.x, y: state.y, z: state.z, psi: state.psi };
}

/** Rust's `f64::round`: halves go away from zero (JS Math.round sends −2.5 to −2). */
function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}
