import { DioniceKernelState, readDioniceKernelState } from '../dionice/dionice-kernel-state';
import {
  readArray,
  readInteger,
  readNumberInRange,
  readObject,
  readOneOf,
} from '../dionice/json-reader';
import { KernelInputError } from '../dionice/kernel-errors';
import { POLICY_NAMES, PolicyName } from '../dionice/policy';
import type { Xoshiro128State } from '../prng/xoshiro128';
import type { Configuration } from './configuration';
import { readConfiguration } from './configuration-space';
import { CriState, CriTriggerConfig, readCriTriggerConfig } from './cri-regime-switch';
import { EVALUATOR_NAMES, EvaluatorName } from './evaluator';
import type { MandorlaFieldState } from './mandorla-field';
import { PorCriteria, readPorCriteria } from './proof-of-resonance';

/** Marks the layout of a saved calibrator so a future change can be detected. */
export const SERAPHIC_CALIBRATOR_STATE_FORMAT = 'seraphic-calibrator/1';

/** A performance triplet as plain JSON. */
export interface TripletJson {
  psi: number;
  rho: number;
  omega: number;
}

/** The best J seen so far, with the configuration and performance that reached it. */
export interface CalibrationBest {
  step: number;
  j_t: number;
  config: Configuration;
  performance: TripletJson;
}

/** The options a calibrator was created with, as saved. */
export interface SeraphicCalibratorSavedOptions {
  initial_config: Configuration;
  dionice_policy: PolicyName;
  por_criteria: PorCriteria;
  cri_config: CriTriggerConfig;
}

/**
 * A whole calibration as plain JSON: `SeraphicCalibrator.fromState` continues from it exactly
 * as if it had never stopped. Field, CRI memory, PRNG and DioniceKernel are all included.
 */
export interface SeraphicCalibratorState {
  format: typeof SERAPHIC_CALIBRATOR_STATE_FORMAT;
  seed: number;
  evaluator: EvaluatorName;
  options: SeraphicCalibratorSavedOptions;
  step_count: number;
  accepted_count: number;
  rejected_count: number;
  current_config: Configuration;
  current_performance: TripletJson;
  best: CalibrationBest;
  field: MandorlaFieldState;
  cri: CriState;
  rng: Xoshiro128State;
  dionice: DioniceKernelState;
}

/**
 * Checks the parts of a saved calibrator this module owns and returns them typed; `field` and
 * `cri` are checked where they are restored. Throws a KernelInputError naming the first fault.
 */
export function readSeraphicCalibratorState(value: unknown): SeraphicCalibratorState {
  const state = readObject(value, 'state');
  readOneOf(state.format, 'state.format', [SERAPHIC_CALIBRATOR_STATE_FORMAT]);
  const stepCount = readInteger(state.step_count, 'state.step_count', 0);
  const acceptedCount = readInteger(state.accepted_count, 'state.accepted_count', 0, stepCount);
  const rejectedCount = readInteger(state.rejected_count, 'state.rejected_count', 0, stepCount);
  if (acceptedCount + rejectedCount !== stepCount) {
    throw new KernelInputError(
      `state.accepted_count + state.rejected_count must equal state.step_count (${stepCount}), ` +
        `got ${acceptedCount} + ${rejectedCount}`,
    );
  }

  return {
    format: SERAPHIC_CALIBRATOR_STATE_FORMAT,
    seed: readInteger(state.seed, 'state.seed', 0, 0xffff_ffff),
    evaluator: evaluatorNameOfState(state),
    options: readSavedOptions(state.options, 'state.options'),
    step_count: stepCount,
    accepted_count: acceptedCount,
    rejected_count: rejectedCount,
    current_config: readConfiguration(state.current_config, 'state.current_config'),
    current_performance: readTriplet(state.current_performance, 'state.current_performance'),
    best: readBest(state.best, 'state.best', stepCount),
    field: readObject(state.field, 'state.field') as unknown as MandorlaFieldState,
    cri: readObject(state.cri, 'state.cri') as unknown as CriState,
    rng: readRngState(state.rng, 'state.rng'),
    dionice: readDioniceKernelState(state.dionice, 'state.dionice'),
  };
}

/** The evaluator a saved calibrator used, so a caller can build it before restoring. */
export function evaluatorNameOfState(value: unknown): EvaluatorName {
  const state = readObject(value, 'state');

  return readOneOf(state.evaluator, 'state.evaluator', EVALUATOR_NAMES);
}

export function readTriplet(value: unknown, path: string): TripletJson {
  const triplet = readObject(value, path);

  return {
    psi: readNumberInRange(triplet.psi, `${path}.psi`, 0, 1),
    rho: readNumberInRange(triplet.rho, `${path}.rho`, 0, 1),
    omega: readNumberInRange(triplet.omega, `${path}.omega`, 0, 1),
  };
}

function readSavedOptions(value: unknown, path: string): SeraphicCalibratorSavedOptions {
  const options = readObject(value, path);

  return {
    initial_config: readConfiguration(options.initial_config, `${path}.initial_config`),
    dionice_policy: readOneOf(options.dionice_policy, `${path}.dionice_policy`, POLICY_NAMES),
    por_criteria: readPorCriteria(options.por_criteria, `${path}.por_criteria`),
    cri_config: readCriTriggerConfig(options.cri_config, `${path}.cri_config`),
  };
}

function readBest(value: unknown, path: string, stepCount: number): CalibrationBest {
  const best = readObject(value, path);

  return {
    step: readInteger(best.step, `${path}.step`, 0, stepCount),
    j_t: readNumberInRange(best.j_t, `${path}.j_t`, 0, 1),
    config: readConfiguration(best.config, `${path}.config`),
    performance: readTriplet(best.performance, `${path}.performance`),
  };
}

function readRngState(value: unknown, path: string): Xoshiro128State {
  const words = readArray(value, path, 4).map((word, index) =>
    readInteger(word, `${path}[${index}]`, 0, 0xffff_ffff),
  );
  if (words.every((word) => word === 0)) {
    throw new KernelInputError(`${path} must not be all zero`);
  }

  return [words[0], words[1], words[2], words[3]];
}
