import { AnsatzCircuit } from '../ansatz/ansatz-circuit';
import { MetatronHamiltonian } from '../hamiltonian/metatron-hamiltonian';
import { OptimizationObjective } from '../optimizers/objective';
import { QuantumState } from '../state/quantum-state';

const SHIFT = Math.PI / 2;

/**
 * The VQE cost f(θ) = Re⟨ψ(θ)|H|ψ(θ)⟩ with ψ(θ) = U(θ)·ψ₀, and the original's parameter-shift
 * rule gᵢ = [f(θ + (π/2)eᵢ) − f(θ − (π/2)eᵢ)]/2. That rule is not the exact gradient of these
 * 13-level gates; it is kept because the original's results depend on it.
 *
 * The gradient walks the circuit once, keeping the prefix state before each gate; the two shifted
 * evaluations of a parameter restart from the prefix before the first gate that reads it. The
 * gates before that point see the same inputs as a full re-run, so every value is bit-identical
 * to evaluating each shifted circuit from scratch, at about half the gate work.
 */
export class VqeObjective implements OptimizationObjective {
  readonly dimension: number;
  private count = 0;

  private readonly initialRe: Float64Array;
  private readonly initialIm: Float64Array;
  private readonly prefixRe: Float64Array;
  private readonly prefixIm: Float64Array;
  private readonly workRe: Float64Array;
  private readonly workIm: Float64Array;

  constructor(
    readonly circuit: AnsatzCircuit,
    readonly hamiltonian: MetatronHamiltonian,
    initialState: QuantumState = QuantumState.uniform(),
  ) {
    this.dimension = circuit.parameterCount;
    this.initialRe = initialState.re.slice();
    this.initialIm = initialState.im.slice();
    this.prefixRe = new Float64Array(this.initialRe.length);
    this.prefixIm = new Float64Array(this.initialRe.length);
    this.workRe = new Float64Array(this.initialRe.length);
    this.workIm = new Float64Array(this.initialRe.length);
  }

  get evaluations(): number {
    return this.count;
  }

  value(parameters: Float64Array): number {
    this.count += 1;
    this.circuit.load(parameters);
    this.workRe.set(this.initialRe);
    this.workIm.set(this.initialIm);
    this.circuit.applyRange(0, this.circuit.gateCount, this.workRe, this.workIm);

    return this.hamiltonian.energy(this.workRe, this.workIm);
  }

  valueAndGradient(parameters: Float64Array, gradient: Float64Array): number {
    const circuit = this.circuit;
    this.count += 1 + 2 * this.dimension;
    circuit.load(parameters);
    this.prefixRe.set(this.initialRe);
    this.prefixIm.set(this.initialIm);

    for (let g = 0; g < circuit.gateCount; g++) {
      for (let k = circuit.gateStart[g]; k < circuit.gateStart[g + 1]; k++) {
        const index = circuit.parameterOrder[k];
        const angle = circuit.angle(index);
        const forward = this.shiftedEnergy(index, angle + SHIFT, g);
        const backward = this.shiftedEnergy(index, angle - SHIFT, g);
        circuit.setAngle(index, angle);
        gradient[index] = (forward - backward) / 2;
      }
      circuit.applyRange(g, g + 1, this.prefixRe, this.prefixIm);
    }
    const energy = this.hamiltonian.energy(this.prefixRe, this.prefixIm);

    // A dead parameter's shifted circuits are the unshifted one: (E − E)/2, as a re-run gives.
    for (let index = 0; index < this.dimension; index++) {
      if (circuit.firstGate[index] < 0) {
        gradient[index] = (energy - energy) / 2;
      }
    }

    return energy;
  }

  /** The state U(θ)·ψ₀ for the given parameters. */
  state(parameters: Float64Array): QuantumState {
    const re = this.initialRe.slice();
    const im = this.initialIm.slice();
    this.circuit.apply(parameters, re, im);

    return new QuantumState(re, im);
  }

  private shiftedEnergy(index: number, angle: number, fromGate: number): number {
    this.circuit.setAngle(index, angle);
    this.workRe.set(this.prefixRe);
    this.workIm.set(this.prefixIm);
    this.circuit.applyRange(fromGate, this.circuit.gateCount, this.workRe, this.workIm);

    return this.hamiltonian.energy(this.workRe, this.workIm);
  }
}
