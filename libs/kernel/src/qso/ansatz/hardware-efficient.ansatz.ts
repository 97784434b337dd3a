import { METATRON_NODE_COUNT } from '../graph/metatron-graph';
import { AnsatzCircuit } from './ansatz-circuit';
import { GateKind, GateSpec } from './ansatz-gates';

/** Parameters per HardwareEfficient layer: 13 "Ry" then 13 "Rz" angles. */
export const HARDWARE_EFFICIENT_LAYER_SIZE = 26;

/**
 * The original's HardwareEfficient ansatz (26·d parameters). Per layer: "Ry" pair rotations on
 * (q, q+1) for q = 0..11 (the 13th Ry angle is dead: its gate is the identity), "Rz" phases for
 * q = 0..12, then x-rotations on (q, q+1) for q = 0..11 that reuse the Ry angle (no wrap-around).
 */
export function hardwareEfficientAnsatz(depth: number): AnsatzCircuit {
  const last = METATRON_NODE_COUNT - 1;
  const gates: GateSpec[] = [];
  for (let layer = 0; layer < depth; layer++) {
    const o = layer * HARDWARE_EFFICIENT_LAYER_SIZE;
    for (let q = 0; q < last; q++) {
      gates.push({ kind: GateKind.RealRotation, a: q, b: q + 1, parameter: o + q });
    }
    for (let q = 0; q <= last; q++) {
      const b = q < last ? q + 1 : -1;
      gates.push({ kind: GateKind.PhasePair, a: q, b, parameter: o + METATRON_NODE_COUNT + q });
    }
    for (let q = 0; q < last; q++) {
      gates.push({ kind: GateKind.HalfAngleXRotation, a: q, b: q + 1, parameter: o + q });
    }
  }

  return new AnsatzCircuit(
    'HardwareEfficient',
    depth,
    HARDWARE_EFFICIENT_LAYER_SIZE * depth,
    gates,
  );
}
