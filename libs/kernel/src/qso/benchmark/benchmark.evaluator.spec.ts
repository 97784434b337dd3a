import { Configuration, defaultConfiguration } from '../../scs/configuration';
import { PerformanceTriplet } from '../../scs/performance-triplet';
import { QsoInputError } from '../qso-input.error';
import { BenchmarkEvaluator } from './benchmark.evaluator';

const evaluator = new BenchmarkEvaluator();

function configuration(overrides: Partial<Configuration>): Configuration {
  return { ...defaultConfiguration(), ...overrides };
}

function triplet(config: Configuration, seed: number): PerformanceTriplet {
  return evaluator.initial(config, seed).performance;
}

describe('BenchmarkEvaluator', () => {
  it('is the evaluator named "benchmark"', () => {
    expect(evaluator.name).toBe('benchmark');
  });

  it.each([
    ['VQE Metatron d2', configuration({})],
    [
      'VQE HardwareEfficient d1, 2 starts',
      configuration({ ansatz_type: 'HardwareEfficient', ansatz_depth: 1, num_random_starts: 2 }),
    ],
    [
      'QAOA p2 with COBYLA',
      configuration({ algorithm: 'QAOA', ansatz_depth: 2, optimizer: 'COBYLA' }),
    ],
  ])('%s: same configuration and seed give the same evaluation, bit for bit', (_, config) => {
    const first = evaluator.initial(config, 77);
    const again = evaluator.initial(structuredClone(config), 77);

    expect(again).toEqual(first);
    expect(Object.is(again.performance.psi, first.performance.psi)).toBe(true);
    expect(first.detail).toMatchObject({ seed: 77, num_random_starts: config.num_random_starts });
  });

  it('keeps ψ, ρ and ω within [0, 1] across algorithms and optimizers', () => {
    const candidates = [
      configuration({ optimizer: 'LBFGS' }),
      configuration({ optimizer: 'GradientDescent', max_iterations: 20 }),
      configuration({ ansatz_type: 'EfficientSU2', ansatz_depth: 1, optimizer: 'COBYLA' }),
      configuration({ algorithm: 'QAOA', ansatz_depth: 1, num_random_starts: 3 }),
    ];
    for (const candidate of candidates) {
      const { psi, rho, omega } = triplet(candidate, 5);

      for (const value of [psi, rho, omega]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('rates Metatron depth 1 above depth 2, as the original baseline does (0.9999 vs 0.91)', () => {
    const depth1 = evaluator.initial(configuration({ ansatz_depth: 1 }), 1);
    const depth2 = evaluator.initial(configuration({ ansatz_depth: 2 }), 1);

    expect(depth1.performance.psi).toBeCloseTo(0.99990527, 6);
    expect(depth2.performance.psi).toBeCloseTo(0.90976244, 6);
    expect(depth1.performance.psi).toBeGreaterThan(depth2.performance.psi);
    expect(depth1.detail).toMatchObject({ iterations: 93, quantum_evaluations: 4929 });
  });

  it('derives ω from the evaluations used against the allowance', () => {
    const detail = evaluator.initial(configuration({}), 3).detail as Record<string, number>;

    expect(detail.evaluation_allowance).toBe(100 * 105);
    expect(detail.cost_evaluations).toBe(25 * 105);
    expect(evaluator.initial(configuration({}), 3).performance.omega).toBeCloseTo(0.75, 12);
  });

  it('measures ρ from a probe start when the configuration has one start', () => {
    const detail = evaluator.initial(configuration({ ansatz_depth: 1 }), 2).detail as Record<
      string,
      unknown
    >;

    expect(detail.probe_energy).toEqual(expect.any(Number));
    expect(detail.probe_energy).not.toBe(detail.ground_energy);
    expect(detail.start_energies).toEqual([detail.ground_energy]);
  });

  it('reports QAOA measurements as cuts', () => {
    const detail = evaluator.initial(
      configuration({ algorithm: 'QAOA', ansatz_depth: 1, learning_rate: 0.05 }),
      4,
    ).detail as Record<string, number>;

    expect(detail.max_cut).toBe(6);
    expect(detail.approximation_ratio).toBeCloseTo(detail.expected_cut / 6, 14);
    expect(detail.approximation_ratio).toBeGreaterThan(0.74);
    expect(detail.psi).toBe(detail.approximation_ratio);
    expect(detail.ground_energy).toBe(-detail.expected_cut);
  });

  it('evaluates with the context seed and ignores the current performance', () => {
    const candidate = configuration({ ansatz_type: 'HardwareEfficient', ansatz_depth: 1 });
    const context = (psi: number, seed: number) => ({
      current: configuration({}),
      currentPerformance: new PerformanceTriplet(psi, 0.5, 0.5),
      seed,
    });

    expect(evaluator.evaluate(candidate, context(0.1, 9))).toEqual(
      evaluator.evaluate(candidate, context(0.9, 9)),
    );
    expect(evaluator.evaluate(candidate, context(0.1, 9))).toEqual(evaluator.initial(candidate, 9));
    expect(evaluator.evaluate(candidate, context(0.1, 10))).not.toEqual(
      evaluator.initial(candidate, 9),
    );
  });

  it('observes the current performance unchanged', () => {
    const current = new PerformanceTriplet(0.3, 0.4, 0.5);

    expect(evaluator.observe(configuration({}), current)).toBe(current);
  });

  it('caps the work of the worst configuration of the space', () => {
    const worst = configuration({
      ansatz_type: 'EfficientSU2',
      ansatz_depth: 10,
      optimizer: 'GradientDescent',
      max_iterations: 500,
      num_random_starts: 5,
    });
    const detail = evaluator.initial(worst, 1).detail as Record<string, number>;

    expect(detail.iteration_limit).toBeLessThan(500);
    expect(detail.iteration_limit).toBeGreaterThan(10);
    expect(detail.cost_evaluations).toBeLessThanOrEqual(detail.evaluation_allowance);
  });

  it('refuses algorithms it cannot measure, naming the field and the rule', () => {
    expect(() => evaluator.initial(configuration({ algorithm: 'Grover' }), 1)).toThrow(
      QsoInputError,
    );
    expect(() => evaluator.initial(configuration({ algorithm: 'Grover' }), 1)).toThrow(
      /^algorithm only VQE and QAOA can be measured/,
    );
    expect(() => evaluator.initial(configuration({ ansatz_depth: 0 }), 1)).toThrow(/ansatz_depth/);
    expect(() => evaluator.initial(configuration({ num_random_starts: 0 }), 1)).toThrow(
      /num_random_starts/,
    );
    expect(() => evaluator.initial(configuration({}), -3)).toThrow(/seed/);
  });
});
