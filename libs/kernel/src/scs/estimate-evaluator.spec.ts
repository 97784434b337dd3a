import { KernelInputError } from '../dionice/kernel-errors';
import { Configuration, defaultConfiguration } from './configuration';
import { BASELINE_TRIPLET, EstimateEvaluator } from './estimate-evaluator';
import { PerformanceTriplet } from './performance-triplet';

const context = (psi: number, rho: number, omega: number) => ({
  current: defaultConfiguration(),
  currentPerformance: new PerformanceTriplet(psi, rho, omega),
  seed: 1,
});
const candidate = (overrides: Partial<Configuration>): Configuration => ({
  ...defaultConfiguration(),
  ...overrides,
});

describe('EstimateEvaluator', () => {
  const evaluator = new EstimateEvaluator();

  it('starts from the original baseline triplet', () => {
    expect(evaluator.name).toBe('estimate');
    expect(evaluator.initial(defaultConfiguration(), 0).performance.toJSON()).toEqual({
      psi: 0.9730286771278123,
      rho: 0.7141552308892827,
      omega: 0.7853607889227903,
    });
  });

  it('observes the reference triplet whatever the current state', () => {
    const observed = evaluator.observe(
      candidate({ algorithm: 'QAOA' }),
      new PerformanceTriplet(1, 1, 1),
    );

    expect(observed.toJSON()).toEqual(BASELINE_TRIPLET);
  });

  it('raises ψ by 0.02 for shallow Metatron and 0.01 for Adam, ρ by 0.03, ω by 0.02', () => {
    const evaluation = evaluator.evaluate(
      candidate({ num_random_starts: 3 }),
      context(0.5, 0.5, 0.5),
    );

    expect(evaluation.performance.toJSON()).toEqual({
      psi: 0.5 + 0.02 + 0.01,
      rho: 0.53,
      omega: 0.52,
    });
    expect(evaluation.detail).toBeUndefined();
  });

  it('gives the original step 1: HardwareEfficient depth 1 with Adam gets ψ + 0.01 and ω + 0.02', () => {
    const start = evaluator.initial(defaultConfiguration(), 0).performance;
    const step1 = evaluator.evaluate(
      candidate({ ansatz_type: 'HardwareEfficient', ansatz_depth: 1 }),
      {
        current: defaultConfiguration(),
        currentPerformance: start,
        seed: 0,
      },
    );

    expect(step1.performance.psi).toBeCloseTo(0.98303, 5);
    expect(step1.performance.rho).toBe(start.rho);
    expect(step1.performance.omega).toBeCloseTo(0.80536, 5);
    expect(step1.performance.product()).toBeCloseTo(0.565392, 6);
  });

  it('gives nothing for deep or non-Metatron candidates and caps at 1', () => {
    const deep = evaluator.evaluate(
      candidate({ ansatz_depth: 4, optimizer: 'LBFGS' }),
      context(0.5, 0.5, 0.5),
    );
    const capped = evaluator.evaluate(
      candidate({ num_random_starts: 5 }),
      context(0.99, 0.99, 0.99),
    );

    expect(deep.performance.toJSON()).toEqual({ psi: 0.5, rho: 0.5, omega: 0.5 });
    expect(capped.performance.toJSON()).toEqual({ psi: 1, rho: 1, omega: 1 });
  });

  it('takes another reference by option and checks it', () => {
    const custom = new EstimateEvaluator({ reference: { psi: 0.5, rho: 0.6, omega: 0.7 } });

    expect(custom.initial(defaultConfiguration(), 0).performance.toJSON()).toEqual({
      psi: 0.5,
      rho: 0.6,
      omega: 0.7,
    });
    expect(() => new EstimateEvaluator({ reference: { psi: 1.2, rho: 0.6, omega: 0.7 } })).toThrow(
      KernelInputError,
    );
    expect(() => new EstimateEvaluator({ reference: { psi: 1.2, rho: 0.6, omega: 0.7 } })).toThrow(
      'reference.psi must be a number in [0, 1], got 1.2',
    );
  });
});
