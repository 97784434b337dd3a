import { readArray, readFiniteNumber, readInteger, readObject } from '../dionice/json-reader';
import { KernelInputError } from '../dionice/kernel-errors';
import { cloneConfiguration, Configuration, defaultConfiguration } from './configuration';
import { isValidConfiguration } from './configuration-space';
import type { MandorlaField } from './mandorla-field';
import type { PerformanceTriplet } from './performance-triplet';

/** When the regime switch may fire, with the original's names and defaults. */
export interface CriTriggerConfig {
  /** Steps since the last impulse before another may fire. */
  min_steps: number;
  /** Largest J variance over the window that still counts as stagnation. */
  stagnation_threshold: number;
  /** Drop of the window mean that counts as degradation. */
  degradation_threshold: number;
  /** Smallest field norm ‖M‖ at which an impulse may fire. */
  min_field_resonance: number;
}

export const DEFAULT_CRI_TRIGGER_CONFIG: Readonly<CriTriggerConfig> = {
  min_steps: 10,
  stagnation_threshold: 0.01,
  degradation_threshold: 0.05,
  min_field_resonance: 0.3,
};

/** What the regime switch reports, computed with the default thresholds. */
export interface CriDiagnostics {
  steps_since_impulse: number;
  current_j_t: number;
  is_stagnating: boolean;
  is_degrading: boolean;
  history_length: number;
  j_t_history: number[];
}

/** The regime switch's memory, saved with the calibrator. */
export interface CriState {
  j_t_history: number[];
  steps_since_last_impulse: number;
  impulse_count: number;
}

const HISTORY_LIMIT = 10;
const WINDOW = 5;

/**
 * CRI, the regime switch: tracks J = ψ·ρ·ω over the last 10 steps and, when J has stagnated or
 * degraded for long enough, moves the calibration to another algorithm, ansatz and optimizer.
 */
export class CriRegimeSwitch {
  readonly config: CriTriggerConfig;
  private history: number[] = [];
  private stepsSinceImpulse = 0;
  private impulses = 0;

  constructor(config: Partial<CriTriggerConfig> = {}) {
    this.config = readCriTriggerConfig({ ...DEFAULT_CRI_TRIGGER_CONFIG, ...config }, 'criConfig');
  }

  /** Impulses applied so far. */
  get impulseCount(): number {
    return this.impulses;
  }

  /** Records J for this step and returns it. */
  update(performance: PerformanceTriplet): number {
    const jT = performance.product();
    this.stepsSinceImpulse += 1;
    this.history.push(jT);
    if (this.history.length > HISTORY_LIMIT) {
      this.history.shift();
    }

    return jT;
  }

  /**
   * Stagnating: at least 5 values, their population variance ≤ threshold, and (when 10 values
   * are held) the last 5 do not beat the previous 5 on average by more than the threshold.
   */
  isStagnating(threshold = DEFAULT_CRI_TRIGGER_CONFIG.stagnation_threshold): boolean {
    if (this.history.length < WINDOW) {
      return false;
    }

    const recent = this.history.slice(-WINDOW);
    if (populationVariance(recent) > threshold) {
      return false;
    }
    if (this.history.length >= 2 * WINDOW) {
      const earlier = this.history.slice(-2 * WINDOW, -WINDOW);

      return !(mean(recent) > mean(earlier) + threshold);
    }

    return true;
  }

  /** Degrading: 10 values held and the last 5 average more than `threshold` below the previous 5. */
  isDegrading(threshold = DEFAULT_CRI_TRIGGER_CONFIG.degradation_threshold): boolean {
    if (this.history.length < 2 * WINDOW) {
      return false;
    }

    const recent = this.history.slice(-WINDOW);
    const earlier = this.history.slice(-2 * WINDOW, -WINDOW);

    return mean(recent) < mean(earlier) - threshold;
  }

  /** Enough steps since the last impulse, J stagnating or degrading, and ‖M‖ large enough. */
  shouldTrigger(field: MandorlaField): boolean {
    const { min_steps, stagnation_threshold, degradation_threshold } = this.config;
    if (this.stepsSinceImpulse < min_steps) {
      return false;
    }

    const stuck =
      this.isStagnating(stagnation_threshold) || this.isDegrading(degradation_threshold);

    return stuck && field.norm() >= this.config.min_field_resonance;
  }

  /** Resets the step counter and returns the configuration of the next regime. */
  applyImpulse(config: Configuration): Configuration {
    this.stepsSinceImpulse = 0;
    this.impulses += 1;

    return nextRegimeConfiguration(config);
  }

  diagnostics(): CriDiagnostics {
    return {
      steps_since_impulse: this.stepsSinceImpulse,
      current_j_t: this.history.at(-1) ?? 0,
      is_stagnating: this.isStagnating(),
      is_degrading: this.isDegrading(),
      history_length: this.history.length,
      j_t_history: [...this.history],
    };
  }

  toJSON(): CriState {
    return {
      j_t_history: [...this.history],
      steps_since_last_impulse: this.stepsSinceImpulse,
      impulse_count: this.impulses,
    };
  }

  /** A switch with `config` that continues from a saved state (checked; KernelInputError). */
  static restore(config: CriTriggerConfig, value: unknown, path = 'cri'): CriRegimeSwitch {
    const fields = readObject(value, path);
    const history = readArray(fields.j_t_history, `${path}.j_t_history`).map((entry, index) =>
      readFiniteNumber(entry, `${path}.j_t_history[${index}]`),
    );
    if (history.length > HISTORY_LIMIT) {
      throw new KernelInputError(
        `${path}.j_t_history must hold at most ${HISTORY_LIMIT} values, got ${history.length}`,
      );
    }

    const regimeSwitch = new CriRegimeSwitch(config);
    regimeSwitch.history = history;
    regimeSwitch.stepsSinceImpulse = readInteger(
      fields.steps_since_last_impulse,
      `${path}.steps_since_last_impulse`,
      0,
    );
    regimeSwitch.impulses = readInteger(fields.impulse_count, `${path}.impulse_count`, 0);

    return regimeSwitch;
  }
}

const NEXT_ANSATZ: Record<string, Configuration['ansatz_type']> = {
  Metatron: 'EfficientSU2',
  EfficientSU2: 'HardwareEfficient',
  HardwareEfficient: 'Metatron',
};
const NEXT_OPTIMIZER: Record<string, Configuration['optimizer']> = {
  Adam: 'LBFGS',
  LBFGS: 'GradientDescent',
  GradientDescent: 'Adam',
  COBYLA: 'Adam',
};
const LEARNING_RATE_OF: Record<string, number> = { Adam: 0.01, LBFGS: 0.1 };

/**
 * The next regime: VQE → QAOA (depth 3), QAOA → VQE (depth 2), anything else → VQE (depth
 * kept); ansatz Metatron → EfficientSU2 → HardwareEfficient → Metatron; optimizer Adam → LBFGS →
 * GradientDescent → Adam, COBYLA → Adam; lr 0.01 for Adam, 0.1 for LBFGS, else 0.005. Falls back
 * to the default configuration if the result is invalid.
 */
export function nextRegimeConfiguration(config: Configuration): Configuration {
  const next = cloneConfiguration(config);
  if (config.algorithm === 'VQE') {
    next.algorithm = 'QAOA';
    next.ansatz_depth = 3;
  } else if (config.algorithm === 'QAOA') {
    next.algorithm = 'VQE';
    next.ansatz_depth = 2;
  } else {
    next.algorithm = 'VQE';
  }

  next.ansatz_type = NEXT_ANSATZ[config.ansatz_type] ?? 'Metatron';
  next.optimizer = NEXT_OPTIMIZER[config.optimizer] ?? 'Adam';
  next.learning_rate = LEARNING_RATE_OF[next.optimizer] ?? 0.005;

  return isValidConfiguration(next) ? next : defaultConfiguration();
}

/** Checks a trigger config from options or a saved state. */
export function readCriTriggerConfig(value: unknown, path: string): CriTriggerConfig {
  const fields = readObject(value, path);

  return {
    min_steps: readInteger(fields.min_steps, `${path}.min_steps`, 0),
    stagnation_threshold: readFiniteNumber(
      fields.stagnation_threshold,
      `${path}.stagnation_threshold`,
    ),
    degradation_threshold: readFiniteNumber(
      fields.degradation_threshold,
      `${path}.degradation_threshold`,
    ),
    min_field_resonance: readFiniteNumber(
      fields.min_field_resonance,
      `${path}.min_field_resonance`,
    ),
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function populationVariance(values: readonly number[]): number {
  const average = mean(values);

  return values.reduce((sum, value) => sum + (value - average) ** 2, 0) / values.length;
}
