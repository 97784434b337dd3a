import { Xoshiro128 } from '../../prng/xoshiro128';
import { METATRON_NODE_COUNT } from '../graph/metatron-graph';
import { QsoInputError } from '../qso-input.error';

/**
 * One 13-level system (a qudit, not qubits): 13 complex amplitudes held as separate real and
 * imaginary Float64Arrays, so the gates can update them in place without allocating.
 */
export class QuantumState {
  readonly re: Float64Array;
  readonly im: Float64Array;

  constructor(
    re: ArrayLike<number>,
    im: ArrayLike<number> = new Float64Array(METATRON_NODE_COUNT),
  ) {
    if (re.length !== METATRON_NODE_COUNT || im.length !== METATRON_NODE_COUNT) {
      throw new QsoInputError('amplitudes', 'must hold 13 real and 13 imaginary parts');
    }
    this.re = Float64Array.from(re);
    this.im = Float64Array.from(im);
  }

  /** The uniform superposition u, every amplitude 1/√13: the start of every VQE run. */
  static uniform(): QuantumState {
    return new QuantumState(new Float64Array(METATRON_NODE_COUNT).fill(1 / Math.sqrt(13)));
  }

  /** The basis state |index⟩. */
  static basis(index: number): QuantumState {
    if (!Number.isInteger(index) || index < 0 || index >= METATRON_NODE_COUNT) {
      throw new QsoInputError('index', 'must be an integer in [0, 12]', index);
    }
    const re = new Float64Array(METATRON_NODE_COUNT);
    re[index] = 1;

    return new QuantumState(re);
  }

  /** A normalised state with standard-normal real and imaginary parts, drawn from `rng`. */
  static random(rng: Xoshiro128): QuantumState {
    const re = new Float64Array(METATRON_NODE_COUNT);
    const im = new Float64Array(METATRON_NODE_COUNT);
    for (let i = 0; i < METATRON_NODE_COUNT; i++) {
      re[i] = gaussian(rng);
      im[i] = gaussian(rng);
    }

    return new QuantumState(re, im).normalized();
  }

  /** ‖ψ‖. */
  norm(): number {
    let sum = 0;
    for (let i = 0; i < METATRON_NODE_COUNT; i++) {
      sum += this.re[i] * this.re[i] + this.im[i] * this.im[i];
    }

    return Math.sqrt(sum);
  }

  /** ψ/‖ψ‖; a zero vector normalises to |0⟩ as in the original. */
  normalized(): QuantumState {
    const norm = this.norm();
    if (norm === 0) {
      return QuantumState.basis(0);
    }

    return new QuantumState(
      this.re.map((value) => value / norm),
      this.im.map((value) => value / norm),
    );
  }

  /** |ψᵢ|² for each level. */
  probabilities(): number[] {
    return Array.from(this.re, (value, i) => value * value + this.im[i] * this.im[i]);
  }

  /** ⟨this|other⟩, conjugate-linear in this state. */
  innerProduct(other: QuantumState): { re: number; im: number } {
    let re = 0;
    let im = 0;
    for (let i = 0; i < METATRON_NODE_COUNT; i++) {
      re += this.re[i] * other.re[i] + this.im[i] * other.im[i];
      im += this.re[i] * other.im[i] - this.im[i] * other.re[i];
    }

    return { re, im };
  }

  clone(): QuantumState {
    return new QuantumState(this.re, this.im);
  }
}

function gaussian(rng: Xoshiro128): number {
  const u = 1 - rng.nextFloat();
  const v = rng.nextFloat();

  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
