import { METATRON_NODE_COUNT } from '../graph/metatron-graph';
import { QsoInputError } from '../qso-input.error';
import {
  applyGeneral,
  applyPhasePair,
  applyPhaseRamp,
  applyRealRotation,
  applyXRotation,
  COEFFICIENT_COUNT,
  GateKind,
  GateSpec,
  PARAMETER_COUNT,
  rampCoefficients,
  su2Coefficients,
} from './ansatz-gates';

/**
 * A compiled parametrised circuit U(θ) on the 13-level state. Gates are stored in flat typed
 * arrays in application order; `load` caches every gate's coefficients, `setAngle` refreshes only
 * the gates of one parameter, and `applyRange` runs a slice of the circuit in place. That split
 * is what lets the parameter-shift gradient restart from a shared prefix state.
 */
export class AnsatzCircuit {
  readonly gateCount: number;
  /** Amplitudes written by one pass over the circuit: the work of one evaluation. */
  readonly amplitudeUpdates: number;
  /** For each parameter, the index of the first gate that reads it (−1: a dead parameter). */
  readonly firstGate: Int32Array;
  /** Parameters whose first gate is g: parameterOrder[gateStart[g] .. gateStart[g + 1]). */
  readonly gateStart: Int32Array;
  readonly parameterOrder: Int32Array;

  private readonly kinds: Uint8Array;
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly parameter: Int32Array;
  private readonly offset: Int32Array;
  private readonly coefficients: Float64Array;
  private readonly angles: Float64Array;
  private readonly gatesOfParameter: Int32Array[];

  constructor(
    readonly name: string,
    readonly depth: number,
    readonly parameterCount: number,
    gates: readonly GateSpec[],
  ) {
    this.gateCount = gates.length;
    this.amplitudeUpdates = gates.reduce((sum, gate) => sum + amplitudesTouched(gate), 0);
    this.kinds = Uint8Array.from(gates, (gate) => gate.kind);
    this.first = Int32Array.from(gates, (gate) => gate.a);
    this.second = Int32Array.from(gates, (gate) => gate.b);
    this.parameter = Int32Array.from(gates, (gate) => gate.parameter);
    this.offset = new Int32Array(gates.length);
    let total = 0;
    gates.forEach((gate, g) => {
      this.offset[g] = total;
      total += COEFFICIENT_COUNT[gate.kind];
    });
    this.coefficients = new Float64Array(total);
    this.angles = new Float64Array(parameterCount);

    this.gatesOfParameter = indexGatesByParameter(gates, parameterCount);
    this.firstGate = Int32Array.from(this.gatesOfParameter, (list) => (list.length ? list[0] : -1));
    [this.gateStart, this.parameterOrder] = groupByFirstGate(this.firstGate, gates.length);
    this.load(this.angles);
  }

  /** Sets every parameter and refreshes all gate coefficients. */
  load(parameters: ArrayLike<number>): void {
    this.assertLength(parameters);
    for (let i = 0; i < this.parameterCount; i++) {
      this.angles[i] = parameters[i];
    }
    for (let g = 0; g < this.gateCount; g++) {
      this.computeCoefficients(g);
    }
  }

  /** Sets one parameter and refreshes only the gates that read it. */
  setAngle(index: number, value: number): void {
    this.angles[index] = value;
    const gates = this.gatesOfParameter[index];
    for (let k = 0; k < gates.length; k++) {
      this.computeCoefficients(gates[k]);
    }
  }

  angle(index: number): number {
    return this.angles[index];
  }

  /** Applies U(θ) for the given parameters to (re, im) in place. */
  apply(parameters: ArrayLike<number>, re: Float64Array, im: Float64Array): void {
    this.load(parameters);
    this.applyRange(0, this.gateCount, re, im);
  }

  /** Applies gates [from, to) with the loaded coefficients to (re, im) in place. */
  applyRange(from: number, to: number, re: Float64Array, im: Float64Array): void {
    const c = this.coefficients;
    for (let g = from; g < to; g++) {
      const a = this.first[g];
      const b = this.second[g];
      const o = this.offset[g];
      switch (this.kinds[g] as GateKind) {
        case GateKind.RealRotation:
          applyRealRotation(c[o], c[o + 1], a, b, re, im);
          break;
        case GateKind.HalfAngleXRotation:
        case GateKind.FullAngleXRotation:
        case GateKind.FixedXRotation:
          applyXRotation(c[o], c[o + 1], a, b, re, im);
          break;
        case GateKind.PhasePair:
          applyPhasePair(c[o], c[o + 1], a, b, re, im);
          break;
        case GateKind.PhaseRamp:
          applyPhaseRamp(c, o, re, im);
          break;
        case GateKind.Su2:
          applyGeneral(c, o, a, b, re, im);
          break;
      }
    }
  }

  private computeCoefficients(g: number): void {
    const c = this.coefficients;
    const o = this.offset[g];
    const p = this.parameter[g];
    switch (this.kinds[g] as GateKind) {
      case GateKind.RealRotation:
      case GateKind.HalfAngleXRotation:
      case GateKind.PhasePair:
        c[o] = Math.cos(this.angles[p] / 2);
        c[o + 1] = Math.sin(this.angles[p] / 2);
        break;
      case GateKind.FullAngleXRotation:
        c[o] = Math.cos(this.angles[p]);
        c[o + 1] = Math.sin(this.angles[p]);
        break;
      case GateKind.FixedXRotation:
        c[o] = Math.SQRT1_2;
        c[o + 1] = Math.SQRT1_2;
        break;
      case GateKind.PhaseRamp:
        rampCoefficients(this.angles[p], c, o);
        break;
      case GateKind.Su2:
        su2Coefficients(this.angles, p, c, o);
        break;
    }
  }

  private assertLength(parameters: ArrayLike<number>): void {
    if (parameters.length !== this.parameterCount) {
      const rule = `must hold ${this.parameterCount} values for ${this.name} depth ${this.depth}`;
      throw new QsoInputError('parameters', rule, parameters.length);
    }
  }
}

function amplitudesTouched(gate: GateSpec): number {
  if (gate.kind === GateKind.PhaseRamp) {
    return METATRON_NODE_COUNT;
  }

  return gate.b >= 0 ? 2 : 1;
}

function indexGatesByParameter(gates: readonly GateSpec[], parameterCount: number): Int32Array[] {
  const lists: number[][] = Array.from({ length: parameterCount }, () => []);
  gates.forEach((gate, g) => {
    for (let k = 0; k < PARAMETER_COUNT[gate.kind]; k++) {
      lists[gate.parameter + k].push(g);
    }
  });

  return lists.map((list) => Int32Array.from(list));
}

function groupByFirstGate(firstGate: Int32Array, gateCount: number): [Int32Array, Int32Array] {
  const start = new Int32Array(gateCount + 1);
  firstGate.forEach((g) => g >= 0 && (start[g + 1] += 1));
  for (let g = 0; g < gateCount; g++) {
    start[g + 1] += start[g];
  }

  const order = new Int32Array(start[gateCount]);
  const cursor = start.slice(0, gateCount);
  firstGate.forEach((g, i) => g >= 0 && (order[cursor[g]++] = i));

  return [start, order];
}
