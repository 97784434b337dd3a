import type { FunnelGraph, Vector4 } from './funnel-graph';
import type { HdagField, Vector5 } from './hdag-field';
import type { Hyperbion } from './hyperbion';
import type { PolicyParams } from './policy';
import { lift, project, State4D } from './state-mapping';

/** The layers one coupling tick works on. The funnel is changed in place. */
export interface CouplingLayers {
  hyperbion: Hyperbion;
  hdag: HdagField;
  funnel: FunnelGraph;
}

/** What a tick produced: the state the funnel points to next and how its node count moved. */
export interface CouplingTickResult {
  /** The oldest node still in the funnel, projected to 4D; null only for an empty funnel. */
  next: State4D | null;
  nodesCreated: number;
  nodesMerged: number;
}

/**
 * One coupling tick of the 4D-Trichter: lift the batch to 5D at time t, let the hyperbion absorb
 * it, relax the HDAG field, average the field's gradient at the lifted states into a guidance
 * velocity, add each state as a funnel node, advect the funnel, and read the next state.
 *
 * Next-node rule: the oldest node still in the funnel (lowest id). The original took the first
 * node of a randomly seeded hash map, which made every step after the first non-deterministic.
 */
export function couplingTick(
  batch: readonly State4D[],
  t: number,
  params: PolicyParams,
  layers: CouplingLayers,
): CouplingTickResult {
  const lifted = batch.map((state) => lift(state, t));
  const reading = layers.hyperbion.absorb(lifted);
  layers.hdag.relax(reading.phi, reading.mu);

  const guidance = averageGuidance(lifted.map((state) => layers.hdag.gradient(state)));
  const countBefore = layers.funnel.nodeCount;
  for (const state of lifted) {
    layers.funnel.addNode(state);
  }
  layers.funnel.advect(guidance, 1, params);

  const oldest = layers.funnel.oldestNode();
  const countAfter = layers.funnel.nodeCount;

  return {
    next: oldest === undefined ? null : project(oldest.position),
    nodesCreated: Math.max(0, countAfter - countBefore),
    nodesMerged: Math.max(0, countBefore - countAfter),
  };
}

/** The mean of the gradients' first four components (x, y, z, ψ); zero for an empty batch. */
function averageGuidance(gradients: readonly Vector5[]): Vector4 {
  const guidance: Vector4 = [0, 0, 0, 0];
  if (gradients.length === 0) {
    return guidance;
  }

  for (const gradient of gradients) {
    for (let axis = 0; axis < 4; axis++) {
      guidance[axis] += gradient[axis];
    }
  }

  return guidance.map((component) => component / gradients.length) as Vector4;
}
