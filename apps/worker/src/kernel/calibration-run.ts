import type { CalibrationJobParams } from '@qdash/common';
import {
  CalibrationStepResult,
  CalibrationSummary,
  createEvaluator,
  SeraphicCalibrator,
} from '@qdash/kernel';

import type { StepRecord } from './step-record';

/**
 * One calibration job inside the kernel thread: a fresh calibrator from the job's parameters,
 * or the one its last checkpoint saved, so a resumed job continues the same trajectory.
 */
export class CalibrationRun {
  private readonly calibrator: SeraphicCalibrator;

  constructor(
    private readonly params: CalibrationJobParams,
    checkpoint: unknown,
  ) {
    const evaluator = createEvaluator(params.evaluator);
    if (checkpoint) {
      this.calibrator = SeraphicCalibrator.fromState(checkpoint, evaluator);
    } else {
      this.calibrator = new SeraphicCalibrator({
        seed: params.seed,
        evaluator,
        initialConfig: params.config,
        dionicePolicy: params.policy,
      });
      this.calibrator.initialize();
    }
  }

  get stepsDone(): number {
    return this.calibrator.stepCount;
  }

  /** Runs steps until the job's total, `maxSteps`, or `maxMs` of computing, whichever is first. */
  next(maxSteps: number, maxMs: number): StepRecord[] {
    const started = Date.now();
    const steps: StepRecord[] = [];
    while (
      this.calibrator.stepCount < this.params.steps &&
      steps.length < maxSteps &&
      (steps.length === 0 || Date.now() - started < maxMs)
    ) {
      steps.push(toStepRecord(this.calibrator.step(), Date.now()));
    }

    return steps;
  }

  checkpoint(): unknown {
    return this.calibrator.toState();
  }

  summary(): CalibrationSummary {
    return this.calibrator.summary();
  }
}

/**
 * A step's history point is what the step measured: the candidate's ψ/ρ/ω and J = ψρω, with
 * `accepted` saying whether the calibration moved to it. The current performance (which only
 * changes on acceptance) and the regime switch's J(t) stay in `detail`.
 */
function toStepRecord(result: CalibrationStepResult, ts: number): StepRecord {
  const measured = result.candidate_performance;

  return {
    step: result.step,
    ts,
    psi: measured.psi,
    rho: measured.rho,
    omega: measured.omega,
    algorithm: result.candidate_config.algorithm,
    j: measured.psi * measured.rho * measured.omega,
    resonance_score: result.dionice.resonance_score,
    accepted: result.accepted,
    regime_switch: result.cri_triggered,
    notes: result.dionice.notes,
    detail: result as unknown as Record<string, unknown>,
  };
}
