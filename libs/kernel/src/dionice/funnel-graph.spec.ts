import { FunnelGraph } from './funnel-graph';
import { policyParams } from './policy';

const at = (x: number, psi = 0.5, omega = 0) => ({ x, y: 1, z: 0, psi, omega });
const still: [number, number, number, number] = [0, 0, 0, 0];

describe('FunnelGraph', () => {
  it('adds unit-mass nodes with variance 0.1, born at the current time', () => {
    const funnel = new FunnelGraph();
    funnel.addNode(at(0));
    funnel.advect(still, 1, policyParams('explore'));
    const id = funnel.addNode(at(0.5));

    expect(id).toBe(1);
    expect(funnel.node(id)).toEqual({
      id: 1,
      position: at(0.5),
      mass: 1,
      variance: 0.1,
      bornAt: 1,
    });
  });

  it('moves every node along the guidance and advances the clock', () => {
    const funnel = new FunnelGraph();
    funnel.addNode(at(0));
    funnel.advect([1, 0, 0, 0], 1, policyParams('explore'));

    expect(funnel.node(0)?.position.x).toBe(1);
    expect(funnel.currentTime).toBe(1);
  });

  it('updates edge weights by the Hebbian rule, floored at 0', () => {
    const funnel = new FunnelGraph();
    funnel.addNode(at(0, 0.5, 0));
    funnel.addNode(at(5, 0.5, 1));
    funnel.addEdge(0, 1, 0.2);
    funnel.addEdge(1, 0, 0);
    funnel.advect(still, 1, policyParams('explore'));

    // 0.2 + 0.5·exp(−1)·√(1·1) − 0.05.
    expect(funnel.edgeList()[0].weight).toBe(0.2 + 0.5 * Math.exp(-1) * 1 - 0.05);
    expect(funnel.edgeList()[1].weight).toBe(0 + 0.5 * Math.exp(-1) * 1 - 0.05);
  });

  it('prunes edges lighter than θ_prune (Exploit: 0.1)', () => {
    const funnel = new FunnelGraph();
    funnel.addNode(at(0, 0.5, 0));
    funnel.addNode(at(5, 0.5, 100));
    funnel.addEdge(0, 1, 0.05);
    funnel.addEdge(1, 0, 0.5);
    funnel.advect(still, 1, policyParams('exploit'));

    expect(funnel.edgeList()).toEqual([
      { from: 1, to: 0, weight: 0.5 + 0.2 * Math.exp(-100) - 0.01 },
    ]);
  });

  it('merges light nearby nodes into the earlier one: mass-weighted xyz, its own ψ and ω', () => {
    const funnel = new FunnelGraph();
    funnel.addNode({ x: 0, y: 1, z: 0, psi: 0.4, omega: 3 });
    funnel.addNode({ x: 0.6, y: 1, z: 0.3, psi: 0.9, omega: 4 });
    funnel.addNode({ x: 5, y: 1, z: 0, psi: 0.1, omega: 5 });
    funnel.addEdge(2, 1, 1);
    funnel.addEdge(0, 1, 1);
    funnel.advect(still, 1, policyParams('exploit'));

    expect(funnel.nodeList().map((node) => node.id)).toEqual([0, 2]);
    expect(funnel.node(0)).toMatchObject({
      position: { x: 0.3, y: 1, z: 0.15, psi: 0.4, omega: 3 },
      mass: 2,
    });
    // The edge into node 1 now points at node 0; the 0→1 edge became a self-loop and is gone.
    expect(funnel.edgeList().map(({ from, to }) => [from, to])).toEqual([[2, 0]]);
  });

  it('never merges under Explore, whose θ_merge (0.5) is below a new node mass', () => {
    const funnel = new FunnelGraph();
    funnel.addNode(at(0));
    funnel.addNode(at(0));
    funnel.advect(still, 1, policyParams('explore'));

    expect(funnel.nodeCount).toBe(2);
  });

  it('splits a heavy, wide node into two halves at x ± 0.1·variance', () => {
    const funnel = FunnelGraph.restore({
      nodes: [{ id: 0, position: at(1), mass: 12, variance: 1, born_at: 0 }],
      edges: [{ from: 0, to: 0, weight: 1 }],
      next_id: 1,
      current_time: 0,
    });
    funnel.advect(still, 1, policyParams('explore'));

    expect(funnel.nodeList()).toEqual([
      { id: 0, position: at(0.9), mass: 6, variance: 0.7, bornAt: 0 },
      { id: 1, position: at(1.1), mass: 6, variance: 0.7, bornAt: 1 },
    ]);
  });

  it('evicts the oldest nodes and their edges', () => {
    const funnel = new FunnelGraph();
    [0, 1, 2, 3].forEach((x) => funnel.addNode(at(x)));
    funnel.addEdge(0, 3, 1);
    funnel.addEdge(2, 3, 1);

    expect(funnel.evictOldest(2)).toBe(2);
    expect(funnel.nodeList().map((node) => node.id)).toEqual([2, 3]);
    expect(funnel.oldestNode()?.id).toBe(2);
    expect(funnel.edgeList()).toEqual([{ from: 2, to: 3, weight: 1 }]);
  });
});
