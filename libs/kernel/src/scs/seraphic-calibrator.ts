import { DioniceKernel } from '../dionice/dionice-kernel';
import { readInteger } from '../dionice/json-reader';
import { KernelInputError, KernelStateError } from '../dionice/kernel-errors';
import { parsePolicy, PolicyName } from '../dionice/policy';
import { Xoshiro128 } from '../prng/xoshiro128';
import { CalibrationLedger } from './calibration-ledger';
import type {
  CalibrationStart,
  CalibrationStepResult,
  CalibrationSummary,
} from './calibration-step-result';
import {
  readSeraphicCalibratorState,
  SERAPHIC_CALIBRATOR_STATE_FORMAT,
  SeraphicCalibratorState,
} from './calibrator-state';
import { cloneConfiguration, Configuration, defaultConfiguration } from './configuration';
import { parseConfiguration } from './configuration-space';
import { CriRegimeSwitch, CriTriggerConfig } from './cri-regime-switch';
import { DoubleKickOperator } from './double-kick-operator';
import type { Evaluator } from './evaluator';
import { encodeFeedback } from './feedback-encoder';
import { MandorlaField } from './mandorla-field';
import { PorCriteria, ProofOfResonance } from './proof-of-resonance';

/** How a SeraphicCalibrator is set up. */
export interface SeraphicCalibratorOptions {
  /** Seed of the calibrator's PRNG, an unsigned 32-bit integer. */
  seed: number;
  /** Scores the candidates. */
  evaluator: Evaluator;
  /** Where the calibration starts; default the default configuration. */
  initialConfig?: Configuration;
  /** Policy of the advising DioniceKernel; default explore. */
  dionicePolicy?: string;
  porCriteria?: Partial<PorCriteria>;
  criConfig?: Partial<CriTriggerConfig>;
}

/**
 * The Seraphic Calibration Shell: a seeded configuration search. Each step feeds the Mandorla
 * field, proposes a candidate with the double-kick operator, has the evaluator score it, accepts
 * it by Proof-of-Resonance, tracks J with the regime switch (CRI), which may move the calibration
 * to a new regime, and asks the DioniceKernel for advice on the resulting state.
 *
 * Every random choice comes from the calibrator's Xoshiro128, in this order per step: Φ_U's 8
 * neighbours, Φ_V's 8 neighbours, then one uint32 as the evaluation seed (`initialize()` draws
 * one uint32 for the initial evaluation). So a run is a pure function of seed, options and
 * evaluator, and `toState()` / `fromState()` continue it exactly.
 */
export class SeraphicCalibrator {
  readonly seed: number;
  readonly evaluator: Evaluator;
  private readonly initialConfig: Configuration;
  private readonly dionicePolicy: PolicyName;
  private readonly proof: ProofOfResonance;
  private readonly kick = new DoubleKickOperator();
  private rng: Xoshiro128;
  private field = new MandorlaField();
  private cri: CriRegimeSwitch;
  private dionice: DioniceKernel;
  private ledger: CalibrationLedger | null = null;

  constructor(options: SeraphicCalibratorOptions) {
    this.seed = readInteger(options.seed, 'seed', 0, 0xffff_ffff);
    this.evaluator = options.evaluator;
    this.initialConfig = parseConfiguration(
      options.initialConfig ?? defaultConfiguration(),
      'initial configuration',
    );
    this.dionicePolicy = parsePolicy(options.dionicePolicy ?? 'explore', 'dionicePolicy');
    this.proof = new ProofOfResonance(options.porCriteria);
    this.cri = new CriRegimeSwitch(options.criConfig);
    this.rng = Xoshiro128.fromSeed(this.seed);
    this.dionice = new DioniceKernel({ policy: this.dionicePolicy });
  }

  get isInitialized(): boolean {
    return this.ledger !== null;
  }

  /** Steps taken since `initialize()`. */
  get stepCount(): number {
    return this.requireLedger().stepCount;
  }

  get currentConfig(): Configuration {
    return this.requireLedger().currentConfig;
  }

  get currentPerformance(): CalibrationStart['current_performance'] {
    return this.requireLedger().currentPerformance.toJSON();
  }

  /**
   * Starts the calibration at the initial configuration: evaluates it, feeds its encoding to the
   * field and records its J once with the regime switch.
   */
  initialize(): CalibrationStart {
    if (this.ledger !== null) {
      throw new KernelStateError('SeraphicCalibrator is already initialized');
    }

    const config = cloneConfiguration(this.initialConfig);
    const { performance } = this.evaluator.initial(config, this.rng.nextUint32());
    this.field.update(encodeFeedback(performance));
    const jT = this.cri.update(performance);
    this.ledger = new CalibrationLedger(config, performance, jT);

    return {
      step: 0,
      current_config: cloneConfiguration(config),
      current_performance: performance.toJSON(),
      j_t: jT,
    };
  }

  /** One calibration step; see the class comment for what it does. */
  step(): CalibrationStepResult {
    const ledger = this.requireLedger();
    const step = ledger.beginStep();
    this.feedField(ledger);

    const current = ledger.currentConfig;
    const currentPerformance = ledger.currentPerformance;
    const candidate = this.kick.apply(current, currentPerformance, this.rng);
    const evaluation = this.evaluator.evaluate(cloneConfiguration(candidate), {
      current,
      currentPerformance,
      seed: this.rng.nextUint32(),
    });
    const injection = encodeFeedback(evaluation.performance);
    const por = this.proof.detailedCheck(
      currentPerformance,
      evaluation.performance,
      this.field,
      injection,
    );
    ledger.settle(candidate, evaluation.performance, por.overall);

    const jT = this.cri.update(ledger.currentPerformance);
    ledger.recordJ(jT);
    const newRegimeConfig = this.switchRegimeIfStuck(ledger);
    const dionice = this.dionice.step({
      ...ledger.currentPerformance.toJSON(),
      algorithm: ledger.currentConfigView.algorithm,
    });

    return {
      step,
      accepted: por.overall,
      candidate_config: candidate,
      candidate_performance: evaluation.performance.toJSON(),
      evaluation: evaluation.detail ?? null,
      por,
      j_t: jT,
      cri_triggered: newRegimeConfig !== null,
      new_regime_config: newRegimeConfig,
      current_config: ledger.currentConfig,
      current_performance: ledger.currentPerformance.toJSON(),
      cri_diagnostics: this.cri.diagnostics(),
      dionice,
    };
  }

  /** `count` steps in a row. */
  run(count: number): CalibrationStepResult[] {
    readInteger(count, 'count', 0);

    return Array.from({ length: count }, () => this.step());
  }

  summary(): CalibrationSummary {
    const ledger = this.requireLedger().toJSON();

    return {
      ...ledger,
      cri_trigger_count: this.cri.impulseCount,
      harmonic_mean: this.requireLedger().currentPerformance.harmonicMean(),
      cri_diagnostics: this.cri.diagnostics(),
    };
  }

  /** The whole calibration as plain JSON (requires `initialize()`). */
  toState(): SeraphicCalibratorState {
    const ledger = this.requireLedger().toJSON();

    return {
      format: SERAPHIC_CALIBRATOR_STATE_FORMAT,
      seed: this.seed,
      evaluator: this.evaluator.name,
      options: {
        initial_config: cloneConfiguration(this.initialConfig),
        dionice_policy: this.dionicePolicy,
        por_criteria: { ...this.proof.criteria },
        cri_config: { ...this.cri.config },
      },
      ...ledger,
      field: this.field.toJSON(),
      cri: this.cri.toJSON(),
      rng: this.rng.getState(),
      dionice: this.dionice.toJSON(),
    };
  }

  /**
   * Continues a calibration saved by `toState()` with `evaluator`, which must have the saved
   * evaluator's name. A corrupt or incomplete state throws a KernelInputError naming the fault.
   */
  static fromState(value: unknown, evaluator: Evaluator): SeraphicCalibrator {
    const state = readSeraphicCalibratorState(value);
    if (state.evaluator !== evaluator.name) {
      throw new KernelInputError(
        `state.evaluator is "${state.evaluator}" but the evaluator given is "${evaluator.name}"`,
      );
    }

    const calibrator = new SeraphicCalibrator({
      seed: state.seed,
      evaluator,
      initialConfig: state.options.initial_config,
      dionicePolicy: state.options.dionice_policy,
      porCriteria: state.options.por_criteria,
      criConfig: state.options.cri_config,
    });
    calibrator.rng = Xoshiro128.fromState(state.rng);
    calibrator.field = MandorlaField.fromJSON(state.field, 'state.field');
    calibrator.cri = CriRegimeSwitch.restore(state.options.cri_config, state.cri, 'state.cri');
    calibrator.dionice = DioniceKernel.fromJSON(state.dionice, 'state.dionice');
    calibrator.ledger = CalibrationLedger.restore(state);

    return calibrator;
  }

  /** Field ← observed triplet, then the current algorithm's submodule ← current performance. */
  private feedField(ledger: CalibrationLedger): void {
    const observed = this.evaluator.observe(ledger.currentConfig, ledger.currentPerformance);
    this.field.update(encodeFeedback(observed));
    this.field.updateSubmodules(ledger.currentPerformance, ledger.currentConfigView.algorithm);
  }

  /** Applies a CRI impulse when it should fire; the performance is not re-evaluated. */
  private switchRegimeIfStuck(ledger: CalibrationLedger): Configuration | null {
    if (!this.cri.shouldTrigger(this.field)) {
      return null;
    }

    const next = this.cri.applyImpulse(ledger.currentConfig);
    ledger.switchConfiguration(next);

    return cloneConfiguration(next);
  }

  private requireLedger(): CalibrationLedger {
    if (this.ledger === null) {
      throw new KernelStateError('SeraphicCalibrator is not initialized: call initialize() first');
    }

    return this.ledger;
  }
}
