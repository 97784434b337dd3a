import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { runVqeSuite, VQE_SUITE_CONFIGURATIONS } from './vqe-suite';

const FIXTURES = join(__dirname, '../../../../../test/fixtures/qso');
const baselineRows = readdirSync(FIXTURES)
  .filter((file) => file.startsWith('vqe-baseline-row-'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));

describe('runVqeSuite', () => {
  it("runs the original's eight configurations in order", () => {
    const report = runVqeSuite({ seed: 1 });

    expect(
      report.results.map((row) => [
        row.ansatz_type,
        row.ansatz_depth,
        row.optimizer,
        row.num_random_starts,
      ]),
    ).toEqual(VQE_SUITE_CONFIGURATIONS.map((c) => [c.ansatzType, c.depth, c.optimizer, c.starts]));
    expect(report.results[0].ansatz_type).toBe('HardwareEfficient');
  });

  it('reproduces baseline rows 3 to 8', () => {
    const { results } = runVqeSuite({ seed: 1 });

    baselineRows.forEach((fixture, k) => {
      const row = results[k + 2];
      expect(row).toMatchObject({
        iterations: fixture.expected.iterations,
        quantum_evaluations: fixture.expected.quantum_evaluations,
        converged: true,
      });
      expect(Math.abs(row.ground_energy - fixture.expected.ground_energy)).toBeLessThan(1e-9);
    });
  });

  it('takes every timing from the injected clock and none without one', () => {
    let tick = 0;
    const timed = runVqeSuite({
      seed: 2,
      now: () => (tick += 5),
      timestamp: '2026-01-02T03:04:05Z',
      commitHash: 'abc',
    });
    const untimed = runVqeSuite({ seed: 2 });

    expect(timed.results.every((row) => row.execution_time_ms === 5)).toBe(true);
    expect(timed.performance_metrics.total_execution_time_ms).toBe(85);
    expect(timed.performance_metrics.evaluations_per_second).toBeCloseTo(
      (timed.performance_metrics.total_quantum_evaluations / 85) * 1000,
      9,
    );
    expect(timed.metadata).toMatchObject({
      timestamp: '2026-01-02T03:04:05Z',
      version: '0.1.0',
      commit_hash: 'abc',
    });
    expect(untimed.performance_metrics).toMatchObject({
      total_execution_time_ms: 0,
      evaluations_per_second: 0,
    });
    expect(untimed.metadata.commit_hash).toBe('unknown');
    expect(untimed.results.map((row) => row.ground_energy)).toEqual(
      timed.results.map((row) => row.ground_energy),
    );
  });

  it('aggregates quality metrics as the original does', () => {
    const { results, quality_metrics, performance_metrics } = runVqeSuite({ seed: 3 });
    const energies = results.map((row) => row.ground_energy);
    const mean = energies.reduce((sum, energy) => sum + energy, 0) / 8;

    expect(quality_metrics.best_ground_energy).toBe(Math.min(...energies));
    expect(quality_metrics.worst_ground_energy).toBeCloseTo(-6.469031877704302e-7, 9);
    expect(quality_metrics.avg_ground_energy).toBeCloseTo(mean, 12);
    expect(quality_metrics.energy_variance).toBeCloseTo(
      energies.reduce((sum, energy) => sum + (energy - mean) ** 2, 0) / 8,
      12,
    );
    expect(quality_metrics.convergence_rate).toBe(1);
    expect(performance_metrics.total_quantum_evaluations).toBe(
      results.reduce((sum, row) => sum + row.quantum_evaluations, 0),
    );
  });
});
