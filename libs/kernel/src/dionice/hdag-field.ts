import type { State5D } from './state-mapping';

/** A 5D vector in the order x, y, z, ψ, ω. */
export type Vector5 = [number, number, number, number, number];

/** A resonant point of the HDAG field. */
export interface HdagTensor {
  id: number;
  position: State5D;
  resonance: number;
}

/** A directed link between two tensors. */
export interface HdagTransition {
  from: number;
  to: number;
  phaseGradient: number;
  coherence: number;
}

/** The serialised field. */
export interface HdagFieldState {
  tensors: { id: number; position: State5D; resonance: number }[];
  transitions: { from: number; to: number; phase_gradient: number; coherence: number }[];
  next_id: number;
}

const DISTANCE_FLOOR = 1e-10;
const WEIGHT_FLOOR = 1e-10;
const COHERENCE_CUTOFF = 0.01;

/**
 * The hierarchical DAG field that guides the funnel. The kernel never adds tensors (as in the
 * original), so in the kernel it stays empty, relaxing does nothing and its gradient is zero; the
 * maths is implemented so that the coupling tick is complete.
 */
export class HdagField {
  private readonly tensors = new Map<number, HdagTensor>();
  private transitions: HdagTransition[] = [];
  private nextId = 0;

  get tensorCount(): number {
    return this.tensors.size;
  }

  get transitionCount(): number {
    return this.transitions.length;
  }

  addTensor(position: State5D, resonance = 0): number {
    const id = this.nextId++;
    this.tensors.set(id, { id, position: { ...position }, resonance });

    return id;
  }

  addTransition(from: number, to: number): void {
    this.transitions.push({ from, to, phaseGradient: 0, coherence: 1 });
  }

  tensor(id: number): Readonly<HdagTensor> | undefined {
    return this.tensors.get(id);
  }

  transitionList(): readonly Readonly<HdagTransition>[] {
    return this.transitions;
  }

  /**
   * Relaxes the field towards phase Φ: each tensor gains Φ·cos(ω − Φ) resonance; each transition
   * takes the phase gradient ω_to − ω_from and the coherence exp(−|Δresonance|), damped by
   * exp(−0.1·|μ|); transitions with coherence ≤ 0.01 are dropped.
   */
  relax(phi: number, mu: number): void {
    for (const tensor of this.tensors.values()) {
      tensor.resonance += phi * Math.cos(tensor.position.omega - phi);
    }

    const damping = Math.exp(-0.1 * Math.abs(mu));
    for (const transition of this.transitions) {
      const from = this.tensors.get(transition.from);
      const to = this.tensors.get(transition.to);
      if (from !== undefined && to !== undefined) {
        transition.phaseGradient = to.position.omega - from.position.omega;
        transition.coherence = Math.exp(-Math.abs(to.resonance - from.resonance));
      }
      transition.coherence *= damping;
    }

    this.transitions = this.transitions.filter((t) => t.coherence > COHERENCE_CUTOFF);
  }

  /**
   * The resonance-weighted pull on `position`: Σ w·d over tensors with d = tensor − position and
   * w = resonance / (‖d‖ + 1e−10)², divided by Σ w when that exceeds 1e−10. Zero when empty.
   */
  gradient(position: State5D): Vector5 {
    const pull: Vector5 = [0, 0, 0, 0, 0];
    let totalWeight = 0;
    for (const tensor of this.tensors.values()) {
      const offset = difference(tensor.position, position);
      const distance = euclideanNorm(offset) + DISTANCE_FLOOR;
      const weight = tensor.resonance / (distance * distance);
      for (let axis = 0; axis < 5; axis++) {
        pull[axis] += weight * offset[axis];
      }
      totalWeight += weight;
    }

    if (totalWeight > WEIGHT_FLOOR) {
      for (let axis = 0; axis < 5; axis++) {
        pull[axis] /= totalWeight;
      }
    }

    return pull;
  }

  toJSON(): HdagFieldState {
    return {
      tensors: [...this.tensors.values()].map((tensor) => ({
        id: tensor.id,
        position: { ...tensor.position },
        resonance: tensor.resonance,
      })),
      transitions: this.transitions.map((transition) => ({
        from: transition.from,
        to: transition.to,
        phase_gradient: transition.phaseGradient,
        coherence: transition.coherence,
      })),
      next_id: this.nextId,
    };
  }

  /** Rebuilds a field from `toJSON()` output that has already been checked. */
  static restore(state: HdagFieldState): HdagField {
    const field = new HdagField();
    for (const tensor of state.tensors) {
      field.tensors.set(tensor.id, { ...tensor, position: { ...tensor.position } });
    }
    field.transitions = state.transitions.map((transition) => ({
      from: transition.from,
      to: transition.to,
      phaseGradient: transition.phase_gradient,
      coherence: transition.coherence,
    }));
    field.nextId = state.next_id;

    return field;
  }
}

function difference(to: State5D, from: State5D): Vector5 {
  return [to.x - from.x, to.y - from.y, to.z - from.z, to.psi - from.psi, to.omega - from.omega];
}

function euclideanNorm(vector: Vector5): number {
  return Math.sqrt(vector.reduce((sum, component) => sum + component * component, 0));
}
