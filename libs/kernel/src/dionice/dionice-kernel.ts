import { couplingTick } from './coupling-tick';
import {
  DIONICE_KERNEL_STATE_FORMAT,
  DioniceKernelState,
  readDioniceKernelState,
} from './dionice-kernel-state';
import { FunnelGraph } from './funnel-graph';
import { HdagField } from './hdag-field';
import { Hyperbion } from './hyperbion';
import { readInteger } from './json-reader';
import { KernelStateError } from './kernel-errors';
import { parsePolicy, policyParams, PolicyName } from './policy';
import { analyzeTick, DioniceSuggestion } from './tick-analysis';
import { DioniceInput, State4D, toState4D, validateDioniceInput } from './state-mapping';

/** How a DioniceKernel is set up. */
export interface DioniceKernelOptions {
  /** explore (default), exploit or homeostasis, case-insensitive. */
  policy?: string;
  /** Most nodes the funnel keeps; the oldest are evicted beyond it. Default 128. */
  maxFunnelNodes?: number;
  /** Most 4D states the history keeps; the oldest are dropped beyond it. Default 1000. */
  maxHistory?: number;
}

export const DEFAULT_MAX_FUNNEL_NODES = 128;
export const DEFAULT_MAX_HISTORY = 1000;

const NOTHING_INGESTED = 'No state ingested. Call ingest_state() first.';

/**
 * The DioniceKernel: maps a calibration observation (ψ, ρ, ω, algorithm) into 4D, runs one
 * coupling tick of the 4D-Trichter (hyperbion, HDAG field, funnel) and compares the observation
 * with the state the funnel points to, giving notes, configuration hints, a resonance score and
 * a regime-change flag.
 *
 * Next-node rule: the state the funnel points to is its OLDEST node still present (lowest id),
 * projected to 4D. Merge pairs are visited in the same ascending-id order. The original used a
 * randomly seeded hash map here, so only its first step was reproducible; with this rule the
 * kernel is deterministic: the same options and inputs give the same results.
 *
 * Bounds: the funnel keeps at most `maxFunnelNodes` nodes and the history at most `maxHistory`
 * states; the oldest are evicted at the end of a step, after the step's created/merged counts
 * are taken, so the "Exploration" note still appears every step. Once nodes are evicted, each
 * step compares the current state with the oldest node retained rather than the very first.
 */
export class DioniceKernel {
  private currentPolicy: PolicyName;
  private readonly maxFunnelNodes: number;
  private readonly maxHistory: number;
  private funnel = new FunnelGraph();
  private hdag = new HdagField();
  private hyperbion = new Hyperbion();
  private history: State4D[] = [];
  private steps = 0;

  constructor(options: DioniceKernelOptions = {}) {
    this.currentPolicy = parsePolicy(options.policy ?? 'explore');
    this.maxFunnelNodes = readInteger(
      options.maxFunnelNodes ?? DEFAULT_MAX_FUNNEL_NODES,
      'maxFunnelNodes',
      1,
    );
    this.maxHistory = readInteger(options.maxHistory ?? DEFAULT_MAX_HISTORY, 'maxHistory', 1);
  }

  /** The active funnel policy. */
  get policy(): PolicyName {
    return this.currentPolicy;
  }

  /** Steps taken so far; also the time coordinate ω5 of the next lifted state. */
  get timeStep(): number {
    return this.steps;
  }

  /** States in the history: one per ingest and one per step, up to `maxHistory`. */
  get historyLength(): number {
    return this.history.length;
  }

  switchToExplore(): void {
    this.currentPolicy = 'explore';
  }

  switchToExploit(): void {
    this.currentPolicy = 'exploit';
  }

  switchToHomeostasis(): void {
    this.currentPolicy = 'homeostasis';
  }

  /** The funnel's node count as a float, as the original reports it. */
  funnelDensity(): number {
    return this.funnel.nodeCount;
  }

  funnelNodeCount(): number {
    return this.funnel.nodeCount;
  }

  /** Ingests the observation and steps once (what the original's Python `step` does). */
  step(input: DioniceInput): DioniceSuggestion {
    this.ingestState(input);

    return this.stepIngested();
  }

  /** Checks the observation (KernelInputError if invalid) and appends its 4D state. */
  ingestState(input: DioniceInput): void {
    const observation = validateDioniceInput(input);
    this.history.push(toState4D(observation));
    this.trimHistory();
  }

  /**
   * Steps from the last state in the history (the last ingested one, or the previous step's next
   * state). Throws a KernelStateError when nothing was ever ingested.
   */
  stepIngested(): DioniceSuggestion {
    const current = this.history.at(-1);
    if (current === undefined) {
      throw new KernelStateError(NOTHING_INGESTED);
    }

    const layers = { hyperbion: this.hyperbion, hdag: this.hdag, funnel: this.funnel };
    const tick = couplingTick([current], this.steps, policyParams(this.currentPolicy), layers);
    this.steps += 1;

    const next = tick.next ?? current;
    const suggestion = analyzeTick(current, next, tick);
    this.funnel.evictOldest(this.maxFunnelNodes);
    this.history.push(next);
    this.trimHistory();

    return suggestion;
  }

  /** The whole kernel as plain JSON; `DioniceKernel.fromJSON` continues from it exactly. */
  toJSON(): DioniceKernelState {
    return {
      format: DIONICE_KERNEL_STATE_FORMAT,
      policy: this.currentPolicy,
      max_funnel_nodes: this.maxFunnelNodes,
      max_history: this.maxHistory,
      time_step: this.steps,
      history: this.history.map((state) => ({ ...state })),
      funnel: this.funnel.toJSON(),
      hdag: this.hdag.toJSON(),
      hyperbion: { alpha: this.hyperbion.alpha, beta: this.hyperbion.beta },
    };
  }

  /** Restores a kernel from `toJSON()` output; a corrupt state throws a KernelInputError. */
  static fromJSON(value: unknown, path = 'state'): DioniceKernel {
    const state = readDioniceKernelState(value, path);
    const kernel = new DioniceKernel({
      policy: state.policy,
      maxFunnelNodes: state.max_funnel_nodes,
      maxHistory: state.max_history,
    });
    kernel.steps = state.time_step;
    kernel.history = state.history.map((entry) => ({ ...entry }));
    kernel.funnel = FunnelGraph.restore(state.funnel);
    kernel.hdag = HdagField.restore(state.hdag);
    kernel.hyperbion = new Hyperbion(state.hyperbion.alpha, state.hyperbion.beta);

    return kernel;
  }

  private trimHistory(): void {
    // shift() drops the front in constant time in V8, where splice(0, n) copies the array.
    while (this.history.length > this.maxHistory) {
      this.history.shift();
    }
  }
}
