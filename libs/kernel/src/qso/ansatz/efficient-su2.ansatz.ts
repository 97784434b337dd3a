import { METATRON_NODE_COUNT } from '../graph/metatron-graph';
import { AnsatzCircuit } from './ansatz-circuit';
import { GateKind, GateSpec } from './ansatz-gates';

/** Parameters per EfficientSU2 layer: three angles for each of the 13 levels. */
export const EFFICIENT_SU2_LAYER_SIZE = 39;

/**
 * The original's EfficientSU2 ansatz (39·d parameters). Per layer: an SU(2) block with angles
 * (t1, t2, t3) = p[o+3q .. o+3q+2] on (q, q+1) for q = 0..11 (the three angles of q = 12 are
 * dead), then a fixed π/4 x-rotation on (q, q+1) for q = 0..11.
 */
export function efficientSu2Ansatz(depth: number): AnsatzCircuit {
  const last = METATRON_NODE_COUNT - 1;
  const gates: GateSpec[] = [];
  for (let layer = 0; layer < depth; layer++) {
    const o = layer * EFFICIENT_SU2_LAYER_SIZE;
    for (let q = 0; q < last; q++) {
      gates.push({ kind: GateKind.Su2, a: q, b: q + 1, parameter: o + 3 * q });
    }
    for (let q = 0; q < last; q++) {
      gates.push({ kind: GateKind.FixedXRotation, a: q, b: q + 1, parameter: -1 });
    }
  }

  return new AnsatzCircuit('EfficientSU2', depth, EFFICIENT_SU2_LAYER_SIZE * depth, gates);
}
