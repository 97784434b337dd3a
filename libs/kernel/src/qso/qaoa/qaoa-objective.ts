import { OptimizationObjective } from '../optimizers/objective';
import { cutValues, MaxCutProblem } from './maxcut-problem';

/** Step of the central finite differences; truncation and rounding errors are both ≈ 1e-10. */
export const FINITE_DIFFERENCE_STEP = 1e-5;

/**
 * QAOA for MaxCut on n qubits, simulated on the full state vector of 2^n amplitudes. From
 * |+⟩^n, layer l applies the cost unitary e^{−iγ_l·C} (a diagonal phase e^{−iγ_l·C(z)} on each
 * basis state z) and then the mixer e^{−iβ_l·ΣX_j} (RX(2β_l) on every qubit). Parameters are
 * [γ₁..γ_p, β₁..β_p]. The cost minimised is f = −⟨C⟩.
 *
 * The gradient is central finite differences, [f(θ + h·eᵢ) − f(θ − h·eᵢ)]/(2h), h = 1e-5: the
 * two-term parameter-shift rule is not exact here, because each γ multiplies a cost with many
 * frequencies and each β appears in n gates. It costs the same 2n evaluations per gradient.
 */
export class QaoaObjective implements OptimizationObjective {
  readonly dimension: number;
  readonly cuts: Uint8Array;
  private count = 0;

  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly phaseCos: Float64Array;
  private readonly phaseSin: Float64Array;
  private readonly shifted: Float64Array;

  constructor(
    readonly problem: MaxCutProblem,
    readonly depth: number,
  ) {
    this.dimension = 2 * depth;
    this.cuts = cutValues(problem);
    this.re = new Float64Array(this.cuts.length);
    this.im = new Float64Array(this.cuts.length);
    this.phaseCos = new Float64Array(problem.edges.length + 1);
    this.phaseSin = new Float64Array(problem.edges.length + 1);
    this.shifted = new Float64Array(this.dimension);
  }

  get evaluations(): number {
    return this.count;
  }

  value(parameters: Float64Array): number {
    this.count += 1;

    return -this.expectedCut(parameters);
  }

  valueAndGradient(parameters: Float64Array, gradient: Float64Array): number {
    const h = FINITE_DIFFERENCE_STEP;
    const cost = this.value(parameters);
    this.shifted.set(parameters);
    for (let i = 0; i < this.dimension; i++) {
      this.shifted[i] = parameters[i] + h;
      const forward = this.value(this.shifted);
      this.shifted[i] = parameters[i] - h;
      const backward = this.value(this.shifted);
      this.shifted[i] = parameters[i];
      gradient[i] = (forward - backward) / (2 * h);
    }

    return cost;
  }

  /** ⟨C⟩ of the QAOA state for [γ₁..γ_p, β₁..β_p]. */
  expectedCut(parameters: ArrayLike<number>): number {
    this.prepare(parameters);
    let expectation = 0;
    for (let z = 0; z < this.cuts.length; z++) {
      expectation += (this.re[z] * this.re[z] + this.im[z] * this.im[z]) * this.cuts[z];
    }

    return expectation;
  }

  /** |amplitude|² of each basis state after the circuit. */
  probabilities(parameters: ArrayLike<number>): Float64Array {
    this.prepare(parameters);

    return this.re.map((value, z) => value * value + this.im[z] * this.im[z]);
  }

  private prepare(parameters: ArrayLike<number>): void {
    this.re.fill(1 / Math.sqrt(this.cuts.length));
    this.im.fill(0);
    for (let layer = 0; layer < this.depth; layer++) {
      this.applyCost(parameters[layer]);
      this.applyMixer(parameters[this.depth + layer]);
    }
  }

  private applyCost(gamma: number): void {
    for (let cut = 0; cut < this.phaseCos.length; cut++) {
      this.phaseCos[cut] = Math.cos(gamma * cut);
      this.phaseSin[cut] = Math.sin(gamma * cut);
    }
    for (let z = 0; z < this.cuts.length; z++) {
      const c = this.phaseCos[this.cuts[z]];
      const s = this.phaseSin[this.cuts[z]];
      const r = this.re[z];
      const i = this.im[z];
      this.re[z] = c * r + s * i;
      this.im[z] = c * i - s * r;
    }
  }

  private applyMixer(beta: number): void {
    const c = Math.cos(beta);
    const s = Math.sin(beta);
    const re = this.re;
    const im = this.im;
    for (let bit = 1; bit < this.cuts.length; bit <<= 1) {
      for (let z = 0; z < this.cuts.length; z++) {
        if ((z & bit) !== 0) {
          continue;
        }
        const w = z | bit;
        const ar = re[z];
        const ai = im[z];
        const br = re[w];
        const bi = im[w];
        re[z] = c * ar + s * bi;
        im[z] = c * ai - s * br;
        re[w] = c * br + s * ai;
        im[w] = c * bi - s * ar;
      }
    }
  }
}
