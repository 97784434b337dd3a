import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { KernelInputError, KernelStateError } from '../dionice/kernel-errors';
import { Configuration, defaultConfiguration } from './configuration';
import { EstimateEvaluator } from './estimate-evaluator';
import type { Evaluation, EvaluationContext, Evaluator } from './evaluator';
import { PerformanceTriplet } from './performance-triplet';
import { SeraphicCalibrator, SeraphicCalibratorOptions } from './seraphic-calibrator';

const GOLDEN = JSON.parse(
  readFileSync(join(__dirname, '../../../../test/fixtures/kernel/calibrator-seed-42.json'), 'utf8'),
);

function started(options: Partial<SeraphicCalibratorOptions> = {}): SeraphicCalibrator {
  const calibrator = new SeraphicCalibrator({
    seed: 42,
    evaluator: new EstimateEvaluator(),
    ...options,
  });
  calibrator.initialize();

  return calibrator;
}

const serialise = (value: unknown) => JSON.stringify(value);

/** An evaluator that halves ψ on odd calls, so Proof-of-Resonance rejects those candidates. */
class AlternatingEvaluator implements Evaluator {
  readonly name = 'benchmark' as const;
  readonly contexts: EvaluationContext[] = [];

  initial(): Evaluation {
    return { performance: new PerformanceTriplet(0.6, 0.6, 0.6), detail: { source: 'initial' } };
  }

  evaluate(_candidate: Configuration, context: EvaluationContext): Evaluation {
    this.contexts.push(context);
    const { psi, rho, omega } = context.currentPerformance;
    const factor = this.contexts.length % 2 === 1 ? 0.5 : 1.01;

    return {
      performance: new PerformanceTriplet(Math.min(1, psi * factor), rho, omega),
      detail: { call: this.contexts.length },
    };
  }

  observe(_current: Configuration, performance: PerformanceTriplet): PerformanceTriplet {
    return performance;
  }
}

describe('SeraphicCalibrator', () => {
  it('starts at the baseline with J₀ = ψρω ≈ 0.545742', () => {
    const calibrator = new SeraphicCalibrator({ seed: 42, evaluator: new EstimateEvaluator() });
    const start = calibrator.initialize();

    expect(start.j_t).toBe(GOLDEN.initial.j_t);
    expect(start.j_t).toBeCloseTo(0.545742, 6);
    expect(calibrator.summary().cri_diagnostics).toMatchObject({
      steps_since_impulse: 1,
      history_length: 1,
    });
  });

  it('reproduces the seed-42 golden trajectory (test/fixtures/kernel/calibrator-seed-42.json)', () => {
    const calibrator = started();
    const steps = calibrator.run(25).map((result) => ({
      step: result.step,
      accepted: result.accepted,
      j_t: result.j_t,
      cri_triggered: result.cri_triggered,
      current_performance: result.current_performance,
      current_config: result.current_config,
    }));

    expect(serialise(steps)).toBe(serialise(GOLDEN.steps));
  });

  it('runs well past 10 J values (the original crashed there) and triggers CRI when stuck', () => {
    const calibrator = started();
    const results = calibrator.run(40);
    const triggered = results.filter((result) => result.cri_triggered);

    expect(results).toHaveLength(40);
    // J is flat at 1 from step 16: the first impulse waits for the window, the next for min_steps.
    expect(triggered.map((result) => result.step)).toEqual([24, 34]);
    expect(triggered[0].new_regime_config).toMatchObject({
      algorithm: 'QAOA',
      ansatz_depth: 3,
      ansatz_type: 'HardwareEfficient',
      optimizer: 'Adam',
      learning_rate: 0.01,
    });
    expect(results[39].cri_diagnostics.history_length).toBe(10);
    expect(triggered[1].new_regime_config?.algorithm).toBe('VQE');
    expect(calibrator.summary().cri_trigger_count).toBe(2);
  });

  it('produces JSON-safe step results with the documented keys in order', () => {
    const [result] = started().run(1);

    expect(Object.keys(result)).toEqual([
      'step',
      'accepted',
      'candidate_config',
      'candidate_performance',
      'evaluation',
      'por',
      'j_t',
      'cri_triggered',
      'new_regime_config',
      'current_config',
      'current_performance',
      'cri_diagnostics',
      'dionice',
    ]);
    expect(JSON.parse(serialise(result))).toEqual(result);
    expect(result.evaluation).toBeNull();
    expect(Object.keys(result.dionice)).toEqual([
      'new_config',
      'notes',
      'resonance_score',
      'regime_change_suggested',
    ]);
    expect(result.dionice.notes).toBe('Exploration: 1 new patterns discovered');
    expect(result.dionice.resonance_score).toBe(result.current_performance.psi);
  });

  it('never lowers the estimate, so every candidate passes Proof-of-Resonance', () => {
    const results = started().run(30);

    expect(results.every((result) => result.accepted)).toBe(true);
    for (let index = 1; index < results.length; index++) {
      const [before, after] = [
        results[index - 1].current_performance,
        results[index].current_performance,
      ];
      expect(after.psi).toBeGreaterThanOrEqual(before.psi);
      expect(after.rho).toBeGreaterThanOrEqual(before.rho);
      expect(after.omega).toBeGreaterThanOrEqual(before.omega);
    }
  });

  it('gives the same results for the same seed and a different trajectory for another', () => {
    const first = serialise(started().run(25));
    const again = serialise(started().run(25));
    const other = serialise(started({ seed: 7 }).run(25));

    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('tracks the best J with the configuration that earned it', () => {
    const calibrator = started();
    const results = calibrator.run(30);
    const best = calibrator.summary().best;
    const bestJ = Math.max(...results.map((result) => result.j_t));
    const firstBest = results.find((result) => result.j_t === bestJ);

    expect(best.j_t).toBe(bestJ);
    expect(best.step).toBe(firstBest?.step);
    expect(best.performance).toEqual(firstBest?.current_performance);
  });

  describe('with an evaluator that can fail', () => {
    it('rejects worse candidates, keeps the current state and counts both outcomes', () => {
      const evaluator = new AlternatingEvaluator();
      const calibrator = new SeraphicCalibrator({ seed: 5, evaluator });
      calibrator.initialize();
      const [rejected, accepted] = calibrator.run(2);

      expect(rejected.accepted).toBe(false);
      expect(rejected.por.quality.pass).toBe(false);
      expect(rejected.current_performance).toEqual({ psi: 0.6, rho: 0.6, omega: 0.6 });
      expect(rejected.evaluation).toEqual({ call: 1 });
      expect(accepted.accepted).toBe(true);
      expect(accepted.current_performance.psi).toBeCloseTo(0.606, 12);
      expect(calibrator.summary()).toMatchObject({ accepted_count: 1, rejected_count: 1 });
      expect(evaluator.contexts.map((context) => context.seed)).toEqual([
        expect.any(Number),
        expect.any(Number),
      ]);
      expect(evaluator.contexts[0].seed).not.toBe(evaluator.contexts[1].seed);
    });
  });

  describe('toState / fromState', () => {
    it.each([1, 10, 23, 24, 25])(
      '%i steps, save, restore and the rest equals 30 uninterrupted steps',
      (split) => {
        const straight = started().run(30);
        const first = started();
        const before = first.run(split);
        const saved = JSON.parse(serialise(first.toState()));
        const restored = SeraphicCalibrator.fromState(saved, new EstimateEvaluator());
        const after = restored.run(30 - split);

        expect(serialise([...before, ...after])).toBe(serialise(straight));
      },
    );

    it('saves everything needed, as plain JSON', () => {
      const calibrator = started({ dionicePolicy: 'exploit', criConfig: { min_steps: 5 } });
      calibrator.run(12);
      const state = calibrator.toState();

      expect(Object.keys(state)).toEqual([
        'format',
        'seed',
        'evaluator',
        'options',
        'step_count',
        'accepted_count',
        'rejected_count',
        'current_config',
        'current_performance',
        'best',
        'field',
        'cri',
        'rng',
        'dionice',
      ]);
      expect(state).toMatchObject({ seed: 42, evaluator: 'estimate', step_count: 12 });
      expect(state.options.cri_config.min_steps).toBe(5);
      expect(state.dionice.policy).toBe('exploit');
      expect(JSON.parse(serialise(state))).toEqual(state);
      const restored = SeraphicCalibrator.fromState(state, new EstimateEvaluator());
      expect(serialise(restored.toState())).toBe(serialise(state));
    });

    it.each([
      [
        (s: any) => ({ ...s, format: 'scs/0' }),
        'state.format must be one of seraphic-calibrator/1',
      ],
      [(s: any) => ({ ...s, step_count: -1 }), 'state.step_count must be an integer >= 0, got -1'],
      [
        (s: any) => ({ ...s, accepted_count: 2 }),
        'state.accepted_count + state.rejected_count must equal state.step_count (3), got 2 + 0',
      ],
      [(s: any) => ({ ...s, rng: [0, 0, 0, 0] }), 'state.rng must not be all zero'],
      [(s: any) => ({ ...s, rng: [1, 2, 3] }), 'state.rng must have 4 entries, got 3'],
      [
        (s: any) => ({ ...s, current_performance: { psi: 2, rho: 0.5, omega: 0.5 } }),
        'state.current_performance.psi must be a number in [0, 1], got 2',
      ],
      [
        (s: any) => ({ ...s, current_config: { ...s.current_config, ansatz_depth: 0 } }),
        'Invalid state.current_config: ansatz_depth must be an integer in [1, 10], got 0',
      ],
      [
        (s: any) => ({ ...s, field: { ...s.field, field_state: [] } }),
        'state.field.field_state must have 16 entries, got 0',
      ],
      [(s: any) => ({ ...s, cri: undefined }), 'state.cri must be an object, got undefined'],
      [
        (s: any) => ({ ...s, dionice: { ...s.dionice, time_step: 'x' } }),
        'state.dionice.time_step must be an integer >= 0, got "x"',
      ],
      [
        (s: any) => ({ ...s, evaluator: 'oracle' }),
        'state.evaluator must be one of estimate, benchmark, got "oracle"',
      ],
      [() => null, 'state must be an object, got null'],
    ])('rejects a corrupt state (%#) naming the fault', (corrupt, message) => {
      const calibrator = started();
      calibrator.run(3);
      const state = corrupt(JSON.parse(serialise(calibrator.toState())));

      expect(() => SeraphicCalibrator.fromState(state, new EstimateEvaluator())).toThrow(
        KernelInputError,
      );
      expect(() => SeraphicCalibrator.fromState(state, new EstimateEvaluator())).toThrow(message);
    });

    it('refuses an evaluator other than the saved one', () => {
      const state = started().toState();

      expect(() => SeraphicCalibrator.fromState(state, new AlternatingEvaluator())).toThrow(
        'state.evaluator is "estimate" but the evaluator given is "benchmark"',
      );
    });
  });

  describe('misuse', () => {
    it('refuses to step or save before initialize()', () => {
      const calibrator = new SeraphicCalibrator({ seed: 1, evaluator: new EstimateEvaluator() });

      expect(() => calibrator.step()).toThrow(KernelStateError);
      expect(() => calibrator.toState()).toThrow('SeraphicCalibrator is not initialized');
    });

    it('refuses a second initialize()', () => {
      expect(() => started().initialize()).toThrow('SeraphicCalibrator is already initialized');
    });

    it.each([
      [{ seed: -1 }, 'seed must be an integer in [0, 4294967295], got -1'],
      [{ seed: 2 ** 32 }, 'seed must be an integer in [0, 4294967295], got 4294967296'],
      [
        { initialConfig: { ...defaultConfiguration(), ansatz_depth: 12 } },
        'Invalid initial configuration: ansatz_depth must be an integer in [1, 10], got 12',
      ],
      [{ dionicePolicy: 'greedy' }, 'dionicePolicy must be one of explore, exploit, homeostasis'],
      [{ criConfig: { min_steps: 1.5 } }, 'criConfig.min_steps must be an integer >= 0, got 1.5'],
    ])('rejects options %j', (options, message) => {
      const create = () =>
        new SeraphicCalibrator({ seed: 42, evaluator: new EstimateEvaluator(), ...options });

      expect(create).toThrow(KernelInputError);
      expect(create).toThrow(message);
    });
  });
});
