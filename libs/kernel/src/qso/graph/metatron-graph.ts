/** Number of nodes of the Metatron graph, and the dimension of the qso state space. */
export const METATRON_NODE_COUNT = 13;

export type MetatronNodeKind = 'center' | 'hexagon' | 'cube';

/** One node of the Metatron graph. The coordinates are metadata: no computation uses them. */
export interface MetatronNode {
  index: number;
  kind: MetatronNodeKind;
  label: string;
  position: [number, number, number];
}

/** An undirected edge as (min, max). */
export type MetatronEdge = readonly [number, number];

/**
 * The original's edge groups, in the order it added them. Their union (duplicates skipped) is
 * every pair of the 13 nodes, so the graph is the complete graph K13; only the order of the
 * edge list depends on these groups.
 */
const EDGE_GROUPS: readonly (readonly MetatronEdge[])[] = [
  range(1, 6).map((k) => [0, k] as const),
  [
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 5],
    [5, 6],
    [6, 1],
  ],
  range(7, 12).map((k) => [0, k] as const),
  pairs('7-8 7-9 7-11 8-10 8-11 9-10 9-12 10-12 11-12 8-9 7-12 10-11'),
  pairs('1-7 1-8 2-8 2-10 3-10 3-12 4-12 4-9 5-9 5-7 6-11 6-12'),
  pairs('1-4 2-5 3-6'),
  pairs(
    '1-10 1-12 2-7 2-12 3-7 3-9 4-7 4-10 5-8 5-12 6-7 6-10 1-3 1-5 2-4 2-6 3-5 4-6 1-9 2-11 ' +
      '3-8 4-11 5-10 6-8 7-10 8-12 9-11 1-11 2-9 3-11 4-8 5-11 6-9',
  ),
];

/**
 * The Metatron graph: a centre, a hexagon and a "cube" of six nodes, wired so that every pair
 * is connected (K13, 78 edges, every degree 12). Matrices are dense row-major Float64Arrays.
 */
export class MetatronGraph {
  readonly nodes: readonly MetatronNode[] = buildNodes();

  /** The 78 edges as (min, max) pairs, in the original's first-appearance order. */
  readonly edges: readonly MetatronEdge[] = buildEdges();

  /** Number of edges at each node. */
  degrees(): number[] {
    const degrees = new Array<number>(METATRON_NODE_COUNT).fill(0);
    for (const [a, b] of this.edges) {
      degrees[a] += 1;
      degrees[b] += 1;
    }

    return degrees;
  }

  /** Adjacency matrix A (symmetric, 0/1, zero diagonal), 13×13 row-major. */
  adjacency(): Float64Array {
    const n = METATRON_NODE_COUNT;
    const matrix = new Float64Array(n * n);
    for (const [a, b] of this.edges) {
      matrix[a * n + b] = 1;
      matrix[b * n + a] = 1;
    }

    return matrix;
  }

  /** Graph Laplacian L = D − A, 13×13 row-major. */
  laplacian(): Float64Array {
    const n = METATRON_NODE_COUNT;
    const matrix = this.adjacency().map((entry) => -entry);
    this.degrees().forEach((degree, i) => (matrix[i * n + i] = degree));

    return matrix;
  }
}

function buildNodes(): MetatronNode[] {
  const nodes: MetatronNode[] = [
    { index: 0, kind: 'center', label: 'v1 (C)', position: [0, 0, 0] },
  ];
  for (let k = 0; k < 6; k++) {
    const angle = (k * Math.PI) / 3;
    nodes.push({
      index: k + 1,
      kind: 'hexagon',
      label: `v${k + 2} (H${k + 1})`,
      position: [Math.cos(angle), Math.sin(angle), 0],
    });
  }

  const signs = ['+++', '++-', '+-+', '+--', '-++', '---'];
  signs.forEach((pattern, k) => {
    const position = [...pattern].map((sign) => (sign === '+' ? 1 : -1) * Math.SQRT1_2);
    nodes.push({
      index: k + 7,
      kind: 'cube',
      label: `v${k + 8} (Q${k + 1})`,
      position: [position[0], position[1], position[2]],
    });
  });

  return nodes;
}

function buildEdges(): MetatronEdge[] {
  const seen = new Set<number>();
  const edges: MetatronEdge[] = [];
  for (const [a, b] of EDGE_GROUPS.flat()) {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const key = low * METATRON_NODE_COUNT + high;
    if (low !== high && !seen.has(key)) {
      seen.add(key);
      edges.push([low, high]);
    }
  }

  return edges;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function pairs(list: string): MetatronEdge[] {
  return list.split(' ').map((pair) => {
    const [a, b] = pair.split('-').map(Number);

    return [a, b] as const;
  });
}
