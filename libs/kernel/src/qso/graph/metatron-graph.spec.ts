import { METATRON_NODE_COUNT, MetatronGraph } from './metatron-graph';

describe('MetatronGraph', () => {
  const graph = new MetatronGraph();

  it('is the complete graph K13: 78 distinct edges, every degree 12', () => {
    const keys = new Set(graph.edges.map(([a, b]) => `${a}-${b}`));

    expect(graph.edges).toHaveLength(78);
    expect(keys.size).toBe(78);
    expect(graph.edges.every(([a, b]) => a < b && b < METATRON_NODE_COUNT)).toBe(true);
    expect(graph.degrees()).toEqual(new Array(13).fill(12));
  });

  it("lists edges in the original's first-appearance order", () => {
    expect(graph.edges.slice(0, 13)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
      [0, 6],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
      [1, 6],
      [0, 7],
    ]);
    expect(graph.edges.slice(18, 21)).toEqual([
      [7, 8],
      [7, 9],
      [7, 11],
    ]);
    expect(graph.edges.at(-1)).toEqual([6, 9]);
  });

  it('builds L = 13I − 𝟙𝟙ᵀ', () => {
    const laplacian = graph.laplacian();

    for (let i = 0; i < 13; i++) {
      for (let j = 0; j < 13; j++) {
        expect(laplacian[i * 13 + j]).toBe(i === j ? 12 : -1);
      }
    }
  });

  it('places the centre, hexagon and cube nodes with their labels', () => {
    expect(graph.nodes.map((node) => node.kind)).toEqual([
      'center',
      ...new Array(6).fill('hexagon'),
      ...new Array(6).fill('cube'),
    ]);
    expect(graph.nodes[1].label).toBe('v2 (H1)');
    expect(graph.nodes[12].label).toBe('v13 (Q6)');
    expect(graph.nodes[12].position[0]).toBeCloseTo(-Math.SQRT1_2, 15);
  });
});
