import { BASELINE_TRIPLET, CalibrationStepResult, SeraphicCalibrator } from '@qdash/kernel';

import {
  ALGORITHM,
  ALGORITHM_NAMES,
  ANSATZ,
  ANSATZ_NAMES,
  BareCalibration,
  bareStep,
  DEPTH,
  ITERATIONS,
  LEARNING_RATE,
  NOTE_CONSOLIDATION,
  NOTE_EFFICIENCY_GAIN,
  NOTE_EFFICIENCY_LOSS,
  NOTE_EXPLORATION,
  NOTE_LESS_STABILITY,
  NOTE_MORE_STABILITY,
  NOTE_QUALITY_DOWN,
  NOTE_QUALITY_UP,
  NOTE_REGIME,
  OPTIMIZER,
  OPTIMIZER_NAMES,
  STARTS,
} from './bare-calibration';

/**
 * Proof that the bare loop does the library's arithmetic: both run side by side and every step's
 * outputs (and, at the end, the PRNG, field, J history and counters) are compared with Object.is,
 * i.e. bit for bit. The first difference throws.
 */

/** Folds what a library step returned the way `bareStep` folds its own numbers. */
export function foldStep(result: CalibrationStepResult): number {
  return result.j_t + result.dionice.resonance_score;
}

export interface CheckTally {
  steps: number;
  comparisons: number;
  accepted: number;
  rejected: number;
  triggers: number;
}

const NOTE_PREFIXES: readonly [number, string][] = [
  [NOTE_MORE_STABILITY, 'Increase stability'],
  [NOTE_LESS_STABILITY, 'Decrease emphasis on stability'],
  [NOTE_QUALITY_UP, 'Quality improvement'],
  [NOTE_QUALITY_DOWN, 'Quality degradation'],
  [NOTE_EFFICIENCY_GAIN, 'Efficiency gain'],
  [NOTE_EFFICIENCY_LOSS, 'Efficiency loss'],
  [NOTE_REGIME, 'Regime change suggested'],
  [NOTE_EXPLORATION, 'Exploration'],
  [NOTE_CONSOLIDATION, 'Consolidation'],
];

/** The library's notes string as the bare loop's bit mask; an unknown note gives -1. */
function noteBits(notes: string): number {
  let bits = 0;
  for (const part of notes === '' ? [] : notes.split('; ')) {
    const known = NOTE_PREFIXES.find(([, prefix]) => part.startsWith(prefix));
    if (known === undefined) return -1;
    bits |= known[0];
  }

  return bits;
}

function suggestedName(y: number): string | undefined {
  if (Number.isNaN(y)) return undefined;

  return y === 2 ? 'QAOA' : y === 3 ? 'VQC' : 'VQE';
}

/** [field, library value, bare value] for one step; compared with Object.is (bit identity). */
function stepPairs(r: CalibrationStepResult, b: BareCalibration): [string, unknown, unknown][] {
  const cc = r.current_config;
  const cand = r.candidate_config;
  const hint = r.dionice.new_config;
  const undefinedIfNaN = (value: number) => (Number.isNaN(value) ? undefined : value);

  return [
    ['accepted', r.accepted, b.accepted],
    ['current ψ', r.current_performance.psi, b.psi],
    ['current ρ', r.current_performance.rho, b.rho],
    ['current ω', r.current_performance.omega, b.omega],
    ['J', r.j_t, b.jT],
    ['CRI triggered', r.cri_triggered, b.triggered],
    ['steps since impulse', r.cri_diagnostics.steps_since_impulse, b.stepsSinceImpulse],
    ['candidate ψ', r.candidate_performance.psi, b.candPsi],
    ['candidate ρ', r.candidate_performance.rho, b.candRho],
    ['candidate ω', r.candidate_performance.omega, b.candOmega],
    ['PoR field resonance', r.por.field_resonance.resonance, b.resonance],
    ['candidate algorithm', cand.algorithm, ALGORITHM_NAMES[b.candidate[ALGORITHM]]],
    ['candidate ansatz', cand.ansatz_type, ANSATZ_NAMES[b.candidate[ANSATZ]]],
    ['candidate depth', cand.ansatz_depth, b.candidate[DEPTH]],
    ['candidate optimizer', cand.optimizer, OPTIMIZER_NAMES[b.candidate[OPTIMIZER]]],
    ['candidate lr', cand.learning_rate, b.candidate[LEARNING_RATE]],
    ['candidate iterations', cand.max_iterations, b.candidate[ITERATIONS]],
    ['candidate starts', cand.num_random_starts, b.candidate[STARTS]],
    ['current algorithm', cc.algorithm, ALGORITHM_NAMES[b.config[ALGORITHM]]],
    ['current ansatz', cc.ansatz_type, ANSATZ_NAMES[b.config[ANSATZ]]],
    ['current depth', cc.ansatz_depth, b.config[DEPTH]],
    ['current optimizer', cc.optimizer, OPTIMIZER_NAMES[b.config[OPTIMIZER]]],
    ['current lr', cc.learning_rate, b.config[LEARNING_RATE]],
    ['current iterations', cc.max_iterations, b.config[ITERATIONS]],
    ['current starts', cc.num_random_starts, b.config[STARTS]],
    ['dionice score', r.dionice.resonance_score, b.score],
    ['dionice regime flag', r.dionice.regime_change_suggested, (b.notes & NOTE_REGIME) !== 0],
    ['dionice notes', noteBits(r.dionice.notes), b.notes],
    [
      'dionice stability target',
      hint.suggested_stability_target,
      undefinedIfNaN(b.stabilityTarget),
    ],
    [
      'dionice efficiency target',
      hint.suggested_efficiency_target,
      undefinedIfNaN(b.efficiencyTarget),
    ],
    ['dionice algorithm hint', hint.suggested_algorithm, suggestedName(b.suggestedY)],
  ];
}

/** [field, library value, bare value] for the whole state after the last step. */
function finalPairs(
  calibrator: SeraphicCalibrator,
  b: BareCalibration,
): [string, unknown, unknown][] {
  const state = calibrator.toState();
  const bareRng = b.rng.getState();
  const pairs: [string, unknown, unknown][] = [
    ['step count', state.step_count, b.stepCount],
    ['accepted count', state.accepted_count, b.acceptedCount],
    ['best J', state.best.j_t, b.bestJ],
    ['J history length', state.cri.j_t_history.length, b.jCount],
    ['DioniceKernel time', state.dionice.time_step, b.dioniceSteps],
  ];
  state.rng.forEach((word, i) => pairs.push([`rng[${i}]`, word, bareRng[i]]));
  state.field.field_state.forEach((v, i) => pairs.push([`field M[${i}]`, v, b.field[i]]));
  state.field.submodule_states.forEach((module, m) =>
    module.forEach((v, i) => pairs.push([`field G${m}[${i}]`, v, b.submodules[m * 16 + i]])),
  );
  state.cri.j_t_history.forEach((v, i) => pairs.push([`J history[${i}]`, v, b.jHistory[i]]));

  return pairs;
}

function compare(where: string, pairs: readonly [string, unknown, unknown][]): number {
  for (const [field, library, bare] of pairs) {
    if (!Object.is(library, bare)) {
      throw new Error(
        `bare loop differs from the library at ${where}, ${field}: library ${String(library)}, ` +
          `bare ${String(bare)}`,
      );
    }
  }

  return pairs.length;
}

/**
 * Steps `calibrator` (freshly initialised, estimate evaluator with the baseline reference, default
 * options) and a bare loop of the same seed side by side; throws at the first difference.
 */
export function checkEquality(calibrator: SeraphicCalibrator, steps: number): CheckTally {
  const seed = calibrator.seed;
  const bare = new BareCalibration(seed, BASELINE_TRIPLET);
  const tally: CheckTally = { steps, comparisons: 0, accepted: 0, rejected: 0, triggers: 0 };
  for (let step = 1; step <= steps; step++) {
    const result = calibrator.step();
    const folded = bareStep(bare);
    tally.comparisons += compare(`seed ${seed} step ${step}`, [
      ...stepPairs(result, bare),
      ['folded checksum', foldStep(result), folded],
    ]);
    tally.accepted += Number(result.accepted);
    tally.rejected += Number(!result.accepted);
    tally.triggers += Number(result.cri_triggered);
  }
  tally.comparisons += compare(`seed ${seed} after step ${steps}`, finalPairs(calibrator, bare));

  return tally;
}
