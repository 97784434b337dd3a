import { Xoshiro128 } from '../../prng/xoshiro128';
import { createAnsatz, QsoAnsatzType } from '../ansatz/create-ansatz';
import { MetatronHamiltonian } from '../hamiltonian/metatron-hamiltonian';
import {
  minimizeObjective,
  OptimizerKind,
  RequestedOptimizer,
  resolveOptimizer,
} from '../optimizers/minimize-objective';
import { IterationRecord, OptimizerSettings } from '../optimizers/optimization-result';
import { QsoInputError } from '../qso-input.error';
import { QsoRunOptions, resolveQsoRunOptions } from '../run-options';
import { vqeInitialParameters } from './initial-parameters';
import { VqeObjective } from './vqe-objective';

/**
 * One VQE run. Unset numbers take the original vqe_bench's settings: learning rate 0.01,
 * 100 iterations, gradient tolerance 1e-6, energy tolerance 1e-3, one start.
 */
export interface VqeOptions extends QsoRunOptions {
  ansatzType: QsoAnsatzType;
  depth: number;
  /** COBYLA runs as Nelder–Mead (see resolveOptimizer). */
  optimizer: RequestedOptimizer;
  /** Seeds the random starts (HardwareEfficient, EfficientSU2, Metatron noise). */
  seed: number;
  /** Independent trials; the lowest energy wins (ties keep the earlier trial). Default 1. */
  starts?: number;
  /** Default: H with J = 1, ε = 0. */
  hamiltonian?: MetatronHamiltonian;
  /** Noise half-width on Metatron starts after the first; 0 (default) is the original. */
  metatronStartNoise?: number;
}

/** One trial of a multi-start run. */
export interface VqeStart {
  /** Lowest energy the trial evaluated. */
  energy: number;
  /** Parameters returned by the optimizer (Adam/gradient descent: one step past `energy`). */
  parameters: number[];
  iterations: number;
  converged: boolean;
  /** The original's tally for this trial. */
  quantumEvaluations: number;
  /** Energy evaluations this trial computes (a repeated trial counts what it would cost). */
  costEvaluations: number;
  finalGradientNorm: number;
  history: IterationRecord[];
}

/** A VQE run summarised as the original reports it, plus every trial. */
export interface VqeResult {
  /** Lowest energy evaluated by the kept trial (the original's ground_state_energy). */
  groundEnergy: number;
  /** Exact ground energy e₀ from diagonalisation. */
  classicalGround: number;
  /** |groundEnergy − classicalGround|. */
  approximationError: number;
  /** The kept trial's iterations and convergence. */
  iterations: number;
  converged: boolean;
  /** The original's tally, summed over all trials. */
  quantumEvaluations: number;
  /** Energy evaluations the trials compute (repeated trials are computed once but counted). */
  costEvaluations: number;
  finalGradientNorm: number;
  /** F·(1 − min(error/|e₀|, 1)), F = 1 if converged else 0.5. */
  qualityScore: number;
  optimalParameters: number[];
  history: IterationRecord[];
  starts: VqeStart[];
}

/**
 * The variational quantum eigensolver on the 13-level Metatron Hamiltonian, starting every
 * trial from the uniform state. A trial whose initial parameters equal an earlier trial's is
 * not recomputed: the run is deterministic, so its result is the earlier one (the original got
 * the same effect from its memo cache).
 */
export function runVqe(options: VqeOptions): VqeResult {
  const resolved = resolveQsoRunOptions(options);
  const hamiltonian = options.hamiltonian ?? new MetatronHamiltonian();
  const circuit = createAnsatz(options.ansatzType, options.depth);
  const objective = new VqeObjective(circuit, hamiltonian);
  const kind = resolveOptimizer(options.optimizer);
  const rng = Xoshiro128.fromSeed(options.seed);

  const trials: { initial: Float64Array; start: VqeStart }[] = [];
  for (let index = 0; index < resolved.starts; index++) {
    const initial = vqeInitialParameters(
      options.ansatzType,
      circuit.parameterCount,
      index,
      rng,
      resolved.metatronStartNoise,
    );
    const repeated = trials.find((trial) => sameValues(trial.initial, initial));
    const start = repeated?.start ?? runStart(objective, kind, initial, resolved.settings);
    trials.push({ initial, start });
  }

  return summarizeVqeStarts(
    trials.map((trial) => trial.start),
    hamiltonian.groundEnergy(),
  );
}

/**
 * Combines trials as the original does: the strictly lowest energy wins (ties keep the earlier
 * trial), whose iterations, convergence and history are reported; tallies are summed.
 */
export function summarizeVqeStarts(
  starts: readonly VqeStart[],
  classicalGround: number,
): VqeResult {
  if (starts.length === 0) {
    throw new QsoInputError('starts', 'must hold at least one trial');
  }
  const kept = starts.reduce((best, start) => (start.energy < best.energy ? start : best));
  const approximationError = Math.abs(kept.energy - classicalGround);

  return {
    groundEnergy: kept.energy,
    classicalGround,
    approximationError,
    iterations: kept.iterations,
    converged: kept.converged,
    quantumEvaluations: sum(starts.map((start) => start.quantumEvaluations)),
    costEvaluations: sum(starts.map((start) => start.costEvaluations)),
    finalGradientNorm: kept.finalGradientNorm,
    qualityScore: (kept.converged ? 1 : 0.5) * vqeQuality(kept.energy, classicalGround),
    optimalParameters: kept.parameters,
    history: kept.history,
    starts: [...starts],
  };
}

/** 1 − min(|E − e₀|/|e₀|, 1): how close an energy is to the exact ground energy. */
export function vqeQuality(energy: number, classicalGround: number): number {
  const error = Math.abs(energy - classicalGround);

  return 1 - Math.min(error / Math.max(Math.abs(classicalGround), Number.MIN_VALUE), 1);
}

function runStart(
  objective: VqeObjective,
  kind: OptimizerKind,
  initial: Float64Array,
  settings: OptimizerSettings,
): VqeStart {
  const before = objective.evaluations;
  const result = minimizeObjective(kind, objective, initial, settings);

  return {
    energy: result.cost,
    parameters: Array.from(result.parameters),
    iterations: result.iterations,
    converged: result.converged,
    quantumEvaluations: result.quantumEvaluations,
    costEvaluations: objective.evaluations - before,
    finalGradientNorm: result.finalGradientNorm,
    history: result.history,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function sameValues(left: Float64Array, right: Float64Array): boolean {
  return left.length === right.length && left.every((value, i) => Object.is(value, right[i]));
}
