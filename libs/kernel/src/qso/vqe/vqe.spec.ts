import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { QSO_ANSATZ_TYPES } from '../ansatz/create-ansatz';
import { MetatronHamiltonian } from '../hamiltonian/metatron-hamiltonian';
import { QsoInputError } from '../qso-input.error';
import { runVqe } from './vqe';

const FIXTURES = join(__dirname, '../../../../../test/fixtures/qso');
const baselineRows = readdirSync(FIXTURES)
  .filter((file) => file.startsWith('vqe-baseline-row-'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));

describe('runVqe', () => {
  it('has the six deterministic baseline rows as fixtures', () => {
    expect(baselineRows).toHaveLength(6);
  });

  it.each(baselineRows.map((row) => [row.scenario, row]))('reproduces %s', (_, row) => {
    const { configuration, expected, tolerance } = row;
    const result = runVqe({
      ansatzType: configuration.ansatz_type,
      depth: configuration.ansatz_depth,
      optimizer: configuration.optimizer,
      starts: configuration.num_random_starts,
      learningRate: configuration.learning_rate,
      maxIterations: configuration.max_iterations,
      tolerance: configuration.tolerance,
      energyTolerance: configuration.energy_tolerance,
      seed: 1,
    });

    expect(result.iterations).toBe(expected.iterations);
    expect(result.quantumEvaluations).toBe(expected.quantum_evaluations);
    expect(result.converged).toBe(expected.converged);
    expect(Math.abs(result.groundEnergy - expected.ground_energy)).toBeLessThan(
      tolerance.ground_energy,
    );
    expect(Math.abs(result.classicalGround - expected.classical_ground)).toBeLessThan(
      tolerance.classical_ground,
    );
    expect(Math.abs(result.approximationError - expected.approximation_error)).toBeLessThan(
      tolerance.approximation_error,
    );
    expect(Math.abs(result.finalGradientNorm - expected.final_gradient_norm)).toBeLessThan(
      tolerance.final_gradient_norm,
    );
    expect(Math.abs(result.qualityScore - expected.quality_score)).toBeLessThan(
      tolerance.quality_score,
    );
  });

  it('never finds an energy below the exact ground energy', () => {
    const hamiltonian = new MetatronHamiltonian();
    const ground = hamiltonian.groundEnergy();
    for (const ansatzType of QSO_ANSATZ_TYPES) {
      for (const seed of [1, 2, 3]) {
        const result = runVqe({
          ansatzType,
          depth: 1,
          optimizer: 'Adam',
          seed,
          learningRate: 0.1,
          maxIterations: 40,
          starts: 2,
          metatronStartNoise: 0.5,
          hamiltonian,
        });

        expect(result.groundEnergy).toBeGreaterThanOrEqual(ground - 1e-9);
        expect(result.groundEnergy).toBeLessThan(-6);
      }
    }
  });

  it('respects the bound on a Hamiltonian with on-site energies too', () => {
    const hamiltonian = new MetatronHamiltonian({
      coupling: 0.5,
      onsiteEnergies: Array.from({ length: 13 }, (_, i) => Math.sin(i)),
    });
    const result = runVqe({
      ansatzType: 'HardwareEfficient',
      depth: 3,
      optimizer: 'Adam',
      seed: 5,
      learningRate: 0.05,
      hamiltonian,
    });

    expect(result.groundEnergy).toBeGreaterThanOrEqual(hamiltonian.groundEnergy() - 1e-9);
    expect(result.approximationError).toBeLessThan(1);
  });

  it.each(['HardwareEfficient', 'EfficientSU2'] as const)(
    '%s: the same seed gives the identical run, another seed a different one',
    (ansatzType) => {
      const run = (seed: number) =>
        runVqe({ ansatzType, depth: 2, optimizer: 'Adam', seed, maxIterations: 30 });
      const first = run(42);

      expect(run(42)).toEqual(first);
      expect(run(43).groundEnergy).not.toBe(first.groundEnergy);
      expect(run(43).optimalParameters).not.toEqual(first.optimalParameters);
    },
  );

  it('repeats identical Metatron trials without changing the tally', () => {
    const single = runVqe({ ansatzType: 'Metatron', depth: 1, optimizer: 'Adam', seed: 0 });
    const triple = runVqe({
      ansatzType: 'Metatron',
      depth: 1,
      optimizer: 'Adam',
      seed: 0,
      starts: 3,
    });

    expect(triple.groundEnergy).toBe(single.groundEnergy);
    expect(triple.quantumEvaluations).toBe(3 * single.quantumEvaluations);
    expect(triple.starts.map((start) => start.energy)).toEqual(
      new Array(3).fill(single.groundEnergy),
    );
  });

  it('makes Metatron trials differ when start noise is asked for', () => {
    const result = runVqe({
      ansatzType: 'Metatron',
      depth: 2,
      optimizer: 'Adam',
      seed: 8,
      starts: 3,
      metatronStartNoise: 0.1,
    });

    expect(new Set(result.starts.map((start) => start.energy)).size).toBe(3);
    expect(result.starts[0].energy).toBeCloseTo(-11.826911667215722, 9);
  });

  it('runs COBYLA as the gradient-free Nelder–Mead with one tallied evaluation per iteration', () => {
    const result = runVqe({
      ansatzType: 'Metatron',
      depth: 1,
      optimizer: 'COBYLA',
      seed: 0,
      maxIterations: 50,
    });

    expect(result.quantumEvaluations).toBe(result.iterations);
    expect(result.finalGradientNorm).toBe(0);
    expect(result.costEvaluations).toBeGreaterThan(27 + result.iterations);
  });

  it('names the field and rule of bad options', () => {
    const base = { ansatzType: 'Metatron', depth: 1, optimizer: 'Adam', seed: 0 } as const;

    expect(() => runVqe({ ...base, starts: 0 })).toThrow(QsoInputError);
    expect(() => runVqe({ ...base, starts: 0 })).toThrow(
      'starts must be an integer in [1, 100], got 0',
    );
    expect(() => runVqe({ ...base, learningRate: -1 })).toThrow(/learningRate/);
    expect(() => runVqe({ ...base, maxIterations: 1.5 })).toThrow(/maxIterations/);
    expect(() => runVqe({ ...base, seed: -1 })).toThrow(/seed/);
  });
});
