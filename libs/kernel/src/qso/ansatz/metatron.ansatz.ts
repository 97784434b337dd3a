import { METATRON_NODE_COUNT } from '../graph/metatron-graph';
import { AnsatzCircuit } from './ansatz-circuit';
import { GateKind, GateSpec } from './ansatz-gates';

/** Ring: 13 entanglers between ring neighbours; Full: 78, one per pair of levels. */
export type MetatronEntanglement = 'Ring' | 'Full';

/**
 * The original's Metatron ansatz: per layer 13 node parameters, then one entangler parameter per
 * coupled pair. Node 0 is a diagonal phase ramp e^{iθ·2πm/13}; node k ≥ 1 a half-angle
 * x-rotation on (k, (k+1) mod 13). Entanglers are full-angle x-rotations: on (i, (i+1) mod 13)
 * for Ring (26·d parameters), on every pair i < j in lexicographic order for Full (91·d).
 */
export function metatronAnsatz(
  depth: number,
  entanglement: MetatronEntanglement = 'Ring',
): AnsatzCircuit {
  const n = METATRON_NODE_COUNT;
  const pairs = entanglement === 'Ring' ? ringPairs() : allPairs();
  const layerSize = n + pairs.length;
  const gates: GateSpec[] = [];
  for (let layer = 0; layer < depth; layer++) {
    const o = layer * layerSize;
    gates.push({ kind: GateKind.PhaseRamp, a: -1, b: -1, parameter: o });
    for (let k = 1; k < n; k++) {
      gates.push({ kind: GateKind.HalfAngleXRotation, a: k, b: (k + 1) % n, parameter: o + k });
    }
    pairs.forEach(([a, b], g) => {
      gates.push({ kind: GateKind.FullAngleXRotation, a, b, parameter: o + n + g });
    });
  }
  const name = entanglement === 'Ring' ? 'Metatron' : 'MetatronFull';

  return new AnsatzCircuit(name, depth, layerSize * depth, gates);
}

function ringPairs(): [number, number][] {
  const n = METATRON_NODE_COUNT;

  return Array.from({ length: n }, (_, i) => [i, (i + 1) % n]);
}

function allPairs(): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < METATRON_NODE_COUNT; i++) {
    for (let j = i + 1; j < METATRON_NODE_COUNT; j++) {
      pairs.push([i, j]);
    }
  }

  return pairs;
}
