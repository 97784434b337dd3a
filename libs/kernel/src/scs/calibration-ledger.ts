import type { CalibrationBest, TripletJson } from './calibrator-state';
import { cloneConfiguration, Configuration } from './configuration';
import { PerformanceTriplet } from './performance-triplet';

/** The ledger's saved form, as it appears in the calibrator state. */
export interface CalibrationLedgerState {
  step_count: number;
  accepted_count: number;
  rejected_count: number;
  current_config: Configuration;
  current_performance: TripletJson;
  best: CalibrationBest;
}

/**
 * Where a calibration stands: step and acceptance counts, the current configuration and its
 * performance, and the best J so far with what earned it.
 */
export class CalibrationLedger {
  private steps = 0;
  private accepted = 0;
  private rejected = 0;
  private config: Configuration;
  private performance: PerformanceTriplet;
  private bestSoFar: CalibrationBest;

  constructor(config: Configuration, performance: PerformanceTriplet, initialJ: number) {
    this.config = cloneConfiguration(config);
    this.performance = performance;
    this.bestSoFar = this.snapshot(initialJ);
  }

  get stepCount(): number {
    return this.steps;
  }

  get currentConfig(): Configuration {
    return cloneConfiguration(this.config);
  }

  /** The current configuration itself, for reading without a copy; callers must not change it. */
  get currentConfigView(): Readonly<Configuration> {
    return this.config;
  }

  get currentPerformance(): PerformanceTriplet {
    return this.performance;
  }

  beginStep(): number {
    this.steps += 1;

    return this.steps;
  }

  /** Takes the candidate as current when accepted; counts the outcome either way. */
  settle(candidate: Configuration, performance: PerformanceTriplet, accepted: boolean): void {
    if (accepted) {
      this.config = cloneConfiguration(candidate);
      this.performance = performance;
      this.accepted += 1;
    } else {
      this.rejected += 1;
    }
  }

  /** Best-so-far is the configuration that earned J, before any regime switch replaces it. */
  recordJ(jT: number): void {
    if (jT > this.bestSoFar.j_t) {
      this.bestSoFar = this.snapshot(jT);
    }
  }

  /** Moves to a new regime's configuration; its performance is not re-evaluated. */
  switchConfiguration(config: Configuration): void {
    this.config = cloneConfiguration(config);
  }

  toJSON(): CalibrationLedgerState {
    return {
      step_count: this.steps,
      accepted_count: this.accepted,
      rejected_count: this.rejected,
      current_config: cloneConfiguration(this.config),
      current_performance: this.performance.toJSON(),
      best: structuredClone(this.bestSoFar),
    };
  }

  /** Rebuilds a ledger from a state that has already been checked. */
  static restore(state: CalibrationLedgerState): CalibrationLedger {
    const performance = PerformanceTriplet.fromJSON(state.current_performance);
    const ledger = new CalibrationLedger(state.current_config, performance, state.best.j_t);
    ledger.steps = state.step_count;
    ledger.accepted = state.accepted_count;
    ledger.rejected = state.rejected_count;
    ledger.bestSoFar = structuredClone(state.best);

    return ledger;
  }

  private snapshot(jT: number): CalibrationBest {
    return {
      step: this.steps,
      j_t: jT,
      config: cloneConfiguration(this.config),
      performance: this.performance.toJSON(),
    };
  }
}
