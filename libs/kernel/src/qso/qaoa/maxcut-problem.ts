import { QsoInputError } from '../qso-input.error';

/** Most qubits (graph nodes) a QAOA state vector may hold: 2^12 amplitudes. */
export const MAX_QAOA_QUBITS = 12;

/** An undirected graph for MaxCut; node j is qubit j, bit j of a basis state is its side. */
export interface MaxCutProblem {
  name: string;
  nodeCount: number;
  edges: readonly (readonly [number, number])[];
}

/** The cycle 0–1–…–(n−1)–0. */
export function ringGraph(nodeCount: number): MaxCutProblem {
  const edges = Array.from({ length: nodeCount }, (_, i) => [i, (i + 1) % nodeCount] as const);

  return validateMaxCutProblem({ name: `ring-${nodeCount}`, nodeCount, edges });
}

/** Every pair of n nodes. */
export function completeGraph(nodeCount: number): MaxCutProblem {
  const edges: (readonly [number, number])[] = [];
  for (let i = 0; i < nodeCount; i++) {
    for (let j = i + 1; j < nodeCount; j++) {
      edges.push([i, j]);
    }
  }

  return validateMaxCutProblem({ name: `complete-${nodeCount}`, nodeCount, edges });
}

/** The original qaoa_bench's problems, with its edge lists: max cuts 2, 4 and 4. */
export function originalBenchProblems(): MaxCutProblem[] {
  return [
    { name: 'Triangle', nodeCount: 3, edges: edgeList('0-1 1-2 2-0') },
    { name: 'Square', nodeCount: 4, edges: edgeList('0-1 1-2 2-3 3-0') },
    { name: 'Pentagram', nodeCount: 5, edges: edgeList('0-2 2-4 4-1 1-3 3-0') },
  ].map(validateMaxCutProblem);
}

/** Throws unless nodes are in range, edges are distinct pairs of distinct nodes, and n ≤ 12. */
export function validateMaxCutProblem(problem: MaxCutProblem): MaxCutProblem {
  const { nodeCount, edges } = problem;
  if (!Number.isInteger(nodeCount) || nodeCount < 2 || nodeCount > MAX_QAOA_QUBITS) {
    throw new QsoInputError(
      'nodeCount',
      `must be an integer in [2, ${MAX_QAOA_QUBITS}]`,
      nodeCount,
    );
  }
  if (edges.length === 0) {
    throw new QsoInputError('edges', 'must hold at least one edge');
  }

  const seen = new Set<number>();
  edges.forEach(([a, b], k) => {
    const valid = [a, b].every((node) => Number.isInteger(node) && node >= 0 && node < nodeCount);
    if (!valid || a === b) {
      throw new QsoInputError(
        `edges[${k}]`,
        `must join two distinct nodes in [0, ${nodeCount - 1}]`,
      );
    }
    const key = Math.min(a, b) * nodeCount + Math.max(a, b);
    if (seen.has(key)) {
      throw new QsoInputError(`edges[${k}]`, 'must not repeat an edge');
    }
    seen.add(key);
  });

  return problem;
}

/** C(z): the number of edges cut by each of the 2^n bipartitions z. */
export function cutValues(problem: MaxCutProblem): Uint8Array {
  const size = 1 << problem.nodeCount;
  const cuts = new Uint8Array(size);
  for (let z = 0; z < size; z++) {
    let cut = 0;
    for (const [a, b] of problem.edges) {
      cut += ((z >> a) ^ (z >> b)) & 1;
    }
    cuts[z] = cut;
  }

  return cuts;
}

/** The maximum cut, by brute force over all bipartitions. */
export function bruteForceMaxCut(problem: MaxCutProblem): number {
  return cutValues(problem).reduce((best, cut) => Math.max(best, cut), 0);
}

function edgeList(list: string): (readonly [number, number])[] {
  return list.split(' ').map((pair) => {
    const [a, b] = pair.split('-').map(Number);

    return [a, b] as const;
  });
}
