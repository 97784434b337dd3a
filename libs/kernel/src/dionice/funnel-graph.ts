import type { PolicyParams } from './policy';
import type { State5D } from './state-mapping';

/** A pattern the funnel holds: a 5D position with a mass and a spread. */
export interface FunnelNode {
  id: number;
  position: State5D;
  mass: number;
  variance: number;
  /** The funnel time at which the node was added. */
  bornAt: number;
}

/** A weighted, directed link between two nodes. */
export interface FunnelEdge {
  from: number;
  to: number;
  weight: number;
}

/** A guidance velocity in x, y, z, ψ. */
export type Vector4 = [number, number, number, number];

/** The serialised funnel; nodes are listed oldest (lowest id) first. */
export interface FunnelGraphState {
  nodes: { id: number; position: State5D; mass: number; variance: number; born_at: number }[];
  edges: FunnelEdge[];
  next_id: number;
  current_time: number;
}

const NEW_NODE_MASS = 1.0;
const NEW_NODE_VARIANCE = 0.1;
const SPLIT_MIN_VARIANCE = 0.5;
const MERGE_MAX_DISTANCE_SQUARED = 1.0;

/**
 * The 4D-Trichter funnel: nodes in insertion (= id) order, weighted edges, and a clock that
 * advances once per advection. Nodes are added, moved along a guidance field, split when heavy
 * and wide, and merged when light and close; edges learn by a Hebbian rule and are pruned.
 */
export class FunnelGraph {
  private readonly nodes = new Map<number, FunnelNode>();
  private edges: FunnelEdge[] = [];
  private nextId = 0;
  private time = 0;

  get nodeCount(): number {
    return this.nodes.size;
  }

  get currentTime(): number {
    return this.time;
  }

  /** Adds a unit-mass node (variance 0.1) born now and returns its id. */
  addNode(position: State5D): number {
    const id = this.nextId++;
    this.nodes.set(id, {
      id,
      position: { ...position },
      mass: NEW_NODE_MASS,
      variance: NEW_NODE_VARIANCE,
      bornAt: this.time,
    });

    return id;
  }

  addEdge(from: number, to: number, weight: number): void {
    this.edges.push({ from, to, weight });
  }

  node(id: number): Readonly<FunnelNode> | undefined {
    return this.nodes.get(id);
  }

  /** The nodes, oldest first. */
  nodeList(): readonly Readonly<FunnelNode>[] {
    return [...this.nodes.values()];
  }

  edgeList(): readonly Readonly<FunnelEdge>[] {
    return this.edges;
  }

  /** The node with the lowest id still in the funnel. */
  oldestNode(): Readonly<FunnelNode> | undefined {
    return this.nodes.values().next().value;
  }

  /**
   * One funnel tick: move every node by guidance·dt, advance the clock, then the Hebbian edge
   * update, splits, merges and edge pruning with the policy's constants. A zero guidance (always
   * the case in the kernel, whose HDAG field is empty) skips the no-op move over every node.
   */
  advect(guidance: Vector4, dt: number, params: PolicyParams): void {
    if (guidance.some((component) => component !== 0)) {
      this.move(guidance, dt);
    }

    this.time += 1;
    this.updateEdgeWeights(params);
    this.splitHeavyNodes(params);
    this.mergeNearbyNodes(params);
    this.edges = this.edges.filter((edge) => edge.weight >= params.thetaPrune);
  }

  /** Removes the oldest nodes (and their edges) until at most `maxNodes` remain. */
  evictOldest(maxNodes: number): number {
    let evicted = 0;
    for (const id of this.nodes.keys()) {
      if (this.nodes.size <= maxNodes) {
        break;
      }
      this.nodes.delete(id);
      evicted += 1;
    }

    if (evicted > 0) {
      this.edges = this.edges.filter(
        (edge) => this.nodes.has(edge.from) && this.nodes.has(edge.to),
      );
    }

    return evicted;
  }

  toJSON(): FunnelGraphState {
    return {
      nodes: [...this.nodes.values()].map((node) => ({
        id: node.id,
        position: { ...node.position },
        mass: node.mass,
        variance: node.variance,
        born_at: node.bornAt,
      })),
      edges: this.edges.map((edge) => ({ ...edge })),
      next_id: this.nextId,
      current_time: this.time,
    };
  }

  /** Rebuilds a funnel from `toJSON()` output that has already been checked. */
  static restore(state: FunnelGraphState): FunnelGraph {
    const funnel = new FunnelGraph();
    for (const node of state.nodes) {
      funnel.nodes.set(node.id, {
        id: node.id,
        position: { ...node.position },
        mass: node.mass,
        variance: node.variance,
        bornAt: node.born_at,
      });
    }
    funnel.edges = state.edges.map((edge) => ({ ...edge }));
    funnel.nextId = state.next_id;
    funnel.time = state.current_time;

    return funnel;
  }

  private move(guidance: Vector4, dt: number): void {
    for (const node of this.nodes.values()) {
      node.position.x += guidance[0] * dt;
      node.position.y += guidance[1] * dt;
      node.position.z += guidance[2] * dt;
      node.position.psi += guidance[3] * dt;
    }
  }

  /** w += α·exp(−|Δω|)·√(m_from·m_to) − decay, floored at 0. */
  private updateEdgeWeights(params: PolicyParams): void {
    for (const edge of this.edges) {
      const from = this.nodes.get(edge.from);
      const to = this.nodes.get(edge.to);
      if (from === undefined || to === undefined) {
        continue;
      }
      const phaseLock = Math.exp(-Math.abs(from.position.omega - to.position.omega));
      const coUse = Math.sqrt(from.mass * to.mass);
      edge.weight = Math.max(edge.weight + params.alphaHebb * phaseLock * coUse - params.decay, 0);
    }
  }

  /**
   * A node heavier than θ_split with variance > 0.5 becomes two: it keeps its id at
   * x − 0.1·variance and a new node appears at x + 0.1·variance, each with half the mass, 0.7 of
   * the variance and copies of the edges. Unreachable in the kernel (variance stays 0.1).
   */
  private splitHeavyNodes(params: PolicyParams): void {
    const heavy: FunnelNode[] = [];
    for (const node of this.nodes.values()) {
      if (node.mass > params.thetaSplit && node.variance > SPLIT_MIN_VARIANCE) {
        heavy.push(node);
      }
    }

    for (const node of heavy) {
      const offset = 0.1 * node.variance;
      node.mass /= 2;
      node.variance *= 0.7;
      const twinId = this.addNode({ ...node.position, x: node.position.x + offset });
      const twin = this.nodes.get(twinId) as FunnelNode;
      twin.mass = node.mass;
      twin.variance = node.variance;
      node.position.x -= offset;
      this.copyEdges(node.id, twinId);
    }
  }

  private copyEdges(sourceId: number, twinId: number): void {
    const copies = this.edges
      .filter((edge) => edge.from === sourceId || edge.to === sourceId)
      .map((edge) => ({
        from: edge.from === sourceId ? twinId : edge.from,
        to: edge.to === sourceId ? twinId : edge.to,
        weight: edge.weight,
      }));
    this.edges.push(...copies);
  }

  /**
   * Visits pairs in ascending id order; when both masses are below θ_merge and the xyz distance²
   * is below 1, the later node is absorbed: the earlier one takes the mass-weighted mean of x, y,
   * z and the summed mass (its ψ and ω stay), edges move to it, self-loops are dropped.
   */
  private mergeNearbyNodes(params: PolicyParams): void {
    // Mass only grows, so a node that starts heavy can never take part in a merge this tick.
    const light: FunnelNode[] = [];
    for (const node of this.nodes.values()) {
      if (node.mass < params.thetaMerge) {
        light.push(node);
      }
    }

    for (let first = 0; first < light.length; first++) {
      const keep = light[first];
      if (!this.nodes.has(keep.id)) {
        continue;
      }
      for (let second = first + 1; second < light.length; second++) {
        const absorbed = light[second];
        const mergeable =
          keep.mass < params.thetaMerge &&
          absorbed.mass < params.thetaMerge &&
          this.nodes.has(absorbed.id) &&
          distanceSquaredXyz(keep.position, absorbed.position) < MERGE_MAX_DISTANCE_SQUARED;
        if (mergeable) {
          this.absorb(keep, absorbed);
        }
      }
    }

    this.edges = this.edges.filter((edge) => edge.from !== edge.to);
  }

  private absorb(keep: FunnelNode, absorbed: FunnelNode): void {
    const total = keep.mass + absorbed.mass;
    keep.position.x = (keep.mass * keep.position.x + absorbed.mass * absorbed.position.x) / total;
    keep.position.y = (keep.mass * keep.position.y + absorbed.mass * absorbed.position.y) / total;
    keep.position.z = (keep.mass * keep.position.z + absorbed.mass * absorbed.position.z) / total;
    keep.mass = total;

    for (const edge of this.edges) {
      if (edge.from === absorbed.id) {
        edge.from = keep.id;
      }
      if (edge.to === absorbed.id) {
        edge.to = keep.id;
      }
    }
    this.nodes.delete(absorbed.id);
  }
}

function distanceSquaredXyz(a: State5D, b: State5D): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;

  return dx * dx + dy * dy + dz * dz;
}
