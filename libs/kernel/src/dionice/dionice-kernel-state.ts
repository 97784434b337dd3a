import type { FunnelGraphState } from './funnel-graph';
import type { HdagFieldState } from './hdag-field';
import {
  JsonObject,
  readArray,
  readFiniteNumber,
  readInteger,
  readObject,
  readOneOf,
} from './json-reader';
import { KernelInputError } from './kernel-errors';
import { POLICY_NAMES, PolicyName } from './policy';
import type { State4D, State5D } from './state-mapping';

/** Marks the layout of a serialised DioniceKernel so a future change can be detected. */
export const DIONICE_KERNEL_STATE_FORMAT = 'dionice-kernel/1';

/** The whole kernel as plain JSON: everything `DioniceKernel.fromJSON` needs to continue. */
export interface DioniceKernelState {
  format: typeof DIONICE_KERNEL_STATE_FORMAT;
  policy: PolicyName;
  max_funnel_nodes: number;
  max_history: number;
  time_step: number;
  /** Oldest first; the last entry is the state the next `stepIngested()` starts from. */
  history: State4D[];
  funnel: FunnelGraphState;
  hdag: HdagFieldState;
  hyperbion: { alpha: number; beta: number };
}

/** Checks a parsed kernel state field by field; throws a KernelInputError naming the first fault. */
export function readDioniceKernelState(value: unknown, path: string): DioniceKernelState {
  const state = readObject(value, path);
  readOneOf(state.format, `${path}.format`, [DIONICE_KERNEL_STATE_FORMAT]);
  const maxFunnelNodes = readInteger(state.max_funnel_nodes, `${path}.max_funnel_nodes`, 1);
  const maxHistory = readInteger(state.max_history, `${path}.max_history`, 1);
  const history = readArray(state.history, `${path}.history`).map((entry, index) =>
    readState4D(entry, `${path}.history[${index}]`),
  );
  if (history.length > maxHistory) {
    throw new KernelInputError(
      `${path}.history must hold at most max_history (${maxHistory}) entries, got ${history.length}`,
    );
  }

  const funnel = readFunnel(state.funnel, `${path}.funnel`);
  if (funnel.nodes.length > maxFunnelNodes) {
    throw new KernelInputError(
      `${path}.funnel.nodes must hold at most max_funnel_nodes (${maxFunnelNodes}) nodes, ` +
        `got ${funnel.nodes.length}`,
    );
  }

  const hyperbion = readObject(state.hyperbion, `${path}.hyperbion`);

  return {
    format: DIONICE_KERNEL_STATE_FORMAT,
    policy: readOneOf(state.policy, `${path}.policy`, POLICY_NAMES),
    max_funnel_nodes: maxFunnelNodes,
    max_history: maxHistory,
    time_step: readInteger(state.time_step, `${path}.time_step`, 0),
    history,
    funnel,
    hdag: readHdag(state.hdag, `${path}.hdag`),
    hyperbion: {
      alpha: readFiniteNumber(hyperbion.alpha, `${path}.hyperbion.alpha`),
      beta: readFiniteNumber(hyperbion.beta, `${path}.hyperbion.beta`),
    },
  };
}

function readState4D(value: unknown, path: string): State4D {
  const state = readObject(value, path);

  return {
    x: readFiniteNumber(state.x, `${path}.x`),
    y: readFiniteNumber(state.y, `${path}.y`),
    z: readFiniteNumber(state.z, `${path}.z`),
    psi: readFiniteNumber(state.psi, `${path}.psi`),
  };
}

function readState5D(value: unknown, path: string): State5D {
  const state = readObject(value, path);

  return { ...readState4D(state, path), omega: readFiniteNumber(state.omega, `${path}.omega`) };
}

function readFunnel(value: unknown, path: string): FunnelGraphState {
  const funnel = readObject(value, path);
  const nextId = readInteger(funnel.next_id, `${path}.next_id`, 0);
  let previousId = -1;
  const nodes = readArray(funnel.nodes, `${path}.nodes`).map((entry, index) => {
    const nodePath = `${path}.nodes[${index}]`;
    const node = readObject(entry, nodePath);
    const id = readInteger(node.id, `${nodePath}.id`, 0);
    if (id <= previousId || id >= nextId) {
      throw new KernelInputError(
        `${nodePath}.id must be above the previous node's id (${previousId}) and below ` +
          `next_id (${nextId}), got ${id}`,
      );
    }
    previousId = id;

    return {
      id,
      position: readState5D(node.position, `${nodePath}.position`),
      mass: readFiniteNumber(node.mass, `${nodePath}.mass`),
      variance: readFiniteNumber(node.variance, `${nodePath}.variance`),
      born_at: readFiniteNumber(node.born_at, `${nodePath}.born_at`),
    };
  });

  return {
    nodes,
    edges: readArray(funnel.edges, `${path}.edges`).map((entry, index) =>
      readLink(entry, `${path}.edges[${index}]`),
    ),
    next_id: nextId,
    current_time: readFiniteNumber(funnel.current_time, `${path}.current_time`),
  };
}

function readLink(value: unknown, path: string): { from: number; to: number; weight: number } {
  const edge = readObject(value, path);

  return {
    from: readInteger(edge.from, `${path}.from`, 0),
    to: readInteger(edge.to, `${path}.to`, 0),
    weight: readFiniteNumber(edge.weight, `${path}.weight`),
  };
}

function readHdag(value: unknown, path: string): HdagFieldState {
  const hdag: JsonObject = readObject(value, path);
  const tensors = readArray(hdag.tensors, `${path}.tensors`).map((entry, index) => {
    const tensorPath = `${path}.tensors[${index}]`;
    const tensor = readObject(entry, tensorPath);

    return {
      id: readInteger(tensor.id, `${tensorPath}.id`, 0),
      position: readState5D(tensor.position, `${tensorPath}.position`),
      resonance: readFiniteNumber(tensor.resonance, `${tensorPath}.resonance`),
    };
  });
  const transitions = readArray(hdag.transitions, `${path}.transitions`).map((entry, index) => {
    const transitionPath = `${path}.transitions[${index}]`;
    const transition = readObject(entry, transitionPath);

    return {
      from: readInteger(transition.from, `${transitionPath}.from`, 0),
      to: readInteger(transition.to, `${transitionPath}.to`, 0),
      phase_gradient: readFiniteNumber(
        transition.phase_gradient,
        `${transitionPath}.phase_gradient`,
      ),
      coherence: readFiniteNumber(transition.coherence, `${transitionPath}.coherence`),
    };
  });

  return { tensors, transitions, next_id: readInteger(hdag.next_id, `${path}.next_id`, 0) };
}
