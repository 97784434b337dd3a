import { createEvaluator, parseEvaluatorName } from './evaluator-registry';
import { BenchmarkEvaluator } from './qso/benchmark/benchmark.evaluator';
import { defaultConfiguration } from './scs/configuration';
import { EstimateEvaluator } from './scs/estimate-evaluator';

describe('evaluator registry', () => {
  it('creates the estimate evaluator, with options', () => {
    const evaluator = createEvaluator('estimate', {
      reference: { psi: 0.4, rho: 0.5, omega: 0.6 },
    });

    expect(evaluator).toBeInstanceOf(EstimateEvaluator);
    expect(evaluator.initial(defaultConfiguration(), 0).performance.toJSON()).toEqual({
      psi: 0.4,
      rho: 0.5,
      omega: 0.6,
    });
  });

  it('creates the measuring benchmark evaluator, which runs the configuration', () => {
    const evaluator = createEvaluator('benchmark');
    const evaluation = evaluator.initial(defaultConfiguration(), 7);

    expect(evaluator).toBeInstanceOf(BenchmarkEvaluator);
    expect(evaluation.detail).toMatchObject({ algorithm: 'VQE', ansatz_type: 'Metatron' });
    expect(evaluation.performance.psi).toBeGreaterThan(0);
    expect(evaluation.performance.psi).toBeLessThanOrEqual(1);
  });

  it('checks evaluator names from user input', () => {
    expect(parseEvaluatorName('estimate')).toBe('estimate');
    expect(() => parseEvaluatorName('oracle')).toThrow(
      'evaluator must be one of estimate, benchmark, got "oracle"',
    );
  });
});
