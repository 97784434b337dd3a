import {
  CalibrationStart,
  Configuration,
  createEvaluator,
  EvaluatorName,
  PolicyName,
  SeraphicCalibrator,
} from '@qdash/kernel';

/** Seed of a calibration that `init` or `step` starts without `--seed`. */
export const DEFAULT_SEED = 42;
export const DEFAULT_EVALUATOR: EvaluatorName = 'estimate';
export const DEFAULT_POLICY: PolicyName = 'explore';

export interface CalibrationSettings {
  seed: number;
  evaluator: EvaluatorName;
  policy: PolicyName;
  initialConfig?: Configuration;
}

/** A fresh, initialised calibrator and where it starts. */
export function startCalibration(settings: CalibrationSettings): {
  calibrator: SeraphicCalibrator;
  start: CalibrationStart;
} {
  const calibrator = new SeraphicCalibrator({
    seed: settings.seed,
    evaluator: createEvaluator(settings.evaluator),
    initialConfig: settings.initialConfig,
    dionicePolicy: settings.policy,
  });

  return { calibrator, start: calibrator.initialize() };
}
