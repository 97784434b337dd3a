import { QsoInputError } from '../qso-input.error';
import { runBenchmark } from './run-benchmark';

const ORIGINAL_KEYS = [
  'ground_energy',
  'classical_ground',
  'approximation_error',
  'iterations',
  'quantum_evaluations',
  'converged',
  'quality_score',
  'final_gradient_norm',
];

describe('runBenchmark', () => {
  it("reports a VQE run with the original's keys plus ψ, ρ, ω", () => {
    const report = runBenchmark({ algorithm: 'VQE', ansatzType: 'Metatron', depth: 3, seed: 1 });

    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([...ORIGINAL_KEYS, 'psi', 'rho', 'omega']),
    );
    expect(report).toMatchObject({
      algorithm: 'VQE',
      ansatz_type: 'Metatron',
      optimizer: 'Adam',
      optimizer_run: 'Adam',
      iterations: 58,
      quantum_evaluations: 9106,
      converged: true,
      iteration_limit: 100,
    });
    expect(report.ground_energy).toBeCloseTo(-12.999208400728339, 9);
    expect(report.quality_score).toBeCloseTo(0.999939, 6);
    expect(report.psi).toBeCloseTo(1 - report.approximation_error / 13, 12);
  });

  it('reports a QAOA run as cuts and as the minimised cost −⟨C⟩', () => {
    const report = runBenchmark({
      algorithm: 'QAOA',
      depth: 2,
      optimizer: 'COBYLA',
      starts: 2,
      seed: 6,
    });

    expect(report).toMatchObject({
      algorithm: 'QAOA',
      ansatz_type: null,
      optimizer_run: 'NelderMead',
      max_cut: 6,
    });
    expect(report.ground_energy).toBe(-(report.expected_cut as number));
    expect(report.classical_ground).toBe(-6);
    expect(report.approximation_error).toBeCloseTo(6 - (report.expected_cut as number), 14);
    expect(report.start_ratios).toHaveLength(2);
    expect(report.probe_energy).toBeNull();
    expect(report.quantum_evaluations).toBeLessThanOrEqual(2 * report.iteration_limit);
    expect(report.cost_evaluations).toBeGreaterThan(report.quantum_evaluations);
    expect(report.approximation_ratio).toBeGreaterThan(0.75);
  });

  it('lowers the iteration limit under a smaller work budget, and lifts it with Infinity', () => {
    const options = { algorithm: 'VQE', depth: 1, maxIterations: 100, seed: 2 } as const;
    const capped = runBenchmark({ ...options, workBudget: 2e5 });

    expect(capped.iteration_limit).toBe(23);
    expect(capped.evaluation_allowance).toBe(23 * 53);
    expect(capped.converged).toBe(false);
    expect(runBenchmark({ ...options, workBudget: Infinity }).iteration_limit).toBe(100);
    expect(() => runBenchmark({ ...options, workBudget: 0 })).toThrow(/work_budget/);
  });

  it('refuses unknown algorithms and optimizers, naming the field', () => {
    expect(() => runBenchmark({ algorithm: 'VQC' as 'VQE', seed: 1 })).toThrow(QsoInputError);
    expect(() => runBenchmark({ algorithm: 'VQE', optimizer: 'SPSA' as 'Adam', seed: 1 })).toThrow(
      /^optimizer must be a known optimizer/,
    );
    expect(() => runBenchmark({ algorithm: 'QAOA', depth: 51, seed: 1 })).toThrow(/ansatz_depth/);
  });
});
