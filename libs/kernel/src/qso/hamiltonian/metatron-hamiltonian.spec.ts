import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Xoshiro128 } from '../../prng/xoshiro128';
import { QsoInputError } from '../qso-input.error';
import { QuantumState } from '../state/quantum-state';
import { MetatronHamiltonian } from './metatron-hamiltonian';

const fixture = JSON.parse(
  readFileSync(join(__dirname, '../../../../../test/fixtures/qso/metatron-spectrum.json'), 'utf8'),
);

describe('MetatronHamiltonian', () => {
  it('has the spectrum −13 (twelve times) and 0 with the default parameters', () => {
    const hamiltonian = new MetatronHamiltonian({
      coupling: fixture.hamiltonian.coupling,
      onsiteEnergies: fixture.hamiltonian.onsite_energies,
    });
    const { eigenvalues } = hamiltonian.spectrum();

    expect(eigenvalues).toHaveLength(13);
    eigenvalues.forEach((value, k) => {
      expect(Math.abs(value - fixture.expected.eigenvalues[k])).toBeLessThan(fixture.tolerance);
    });
    expect(Math.abs(hamiltonian.groundEnergy() - fixture.expected.ground_energy)).toBeLessThan(
      fixture.tolerance,
    );
  });

  it('returns orthonormal eigenvectors with H·v = λ·v', () => {
    const hamiltonian = new MetatronHamiltonian({ coupling: 0.7, onsiteEnergies: ramp() });
    const { eigenvalues, eigenvectors } = hamiltonian.spectrum();

    eigenvectors.forEach((vector, k) => {
      const product = multiply(hamiltonian.matrix, vector);
      product.forEach((entry, i) => {
        expect(Math.abs(entry - eigenvalues[k] * vector[i])).toBeLessThan(1e-10);
      });
      eigenvectors.forEach((other, l) => {
        expect(Math.abs(dot(vector, other) - (k === l ? 1 : 0))).toBeLessThan(1e-12);
      });
    });
    expect([...eigenvalues].sort((a, b) => a - b)).toEqual(eigenvalues);
  });

  it('scales with J and shifts with ε', () => {
    const spectrum = new MetatronHamiltonian({
      coupling: 2,
      onsiteEnergies: new Array(13).fill(1.5),
    }).spectrum().eigenvalues;

    expect(spectrum[0]).toBeCloseTo(-26 + 1.5, 12);
    expect(spectrum[11]).toBeCloseTo(-26 + 1.5, 12);
    expect(spectrum[12]).toBeCloseTo(1.5, 12);
  });

  it('gives the same energy from the rank-one form and the dense product', () => {
    const rng = Xoshiro128.fromSeed(9);
    for (const hamiltonian of [
      new MetatronHamiltonian(),
      new MetatronHamiltonian({ coupling: -0.3, onsiteEnergies: ramp() }),
    ]) {
      const state = QuantumState.random(rng);

      expect(hamiltonian.energy(state.re, state.im)).toBeCloseTo(
        hamiltonian.denseEnergy(state.re, state.im),
        12,
      );
    }
  });

  it('gives the uniform state energy 0, the top of the spectrum', () => {
    const state = QuantumState.uniform();

    expect(new MetatronHamiltonian().energy(state.re, state.im)).toBeCloseTo(0, 12);
  });

  it('rejects a wrong number of on-site energies, naming the field', () => {
    expect(() => new MetatronHamiltonian({ onsiteEnergies: [0, 1] })).toThrow(QsoInputError);
    expect(() => new MetatronHamiltonian({ coupling: Number.NaN })).toThrow(/coupling/);
  });
});

function ramp(): number[] {
  return Array.from({ length: 13 }, (_, i) => 0.1 * i);
}

function multiply(matrix: Float64Array, vector: Float64Array): number[] {
  return Array.from({ length: 13 }, (_, i) =>
    vector.reduce((sum, value, j) => sum + matrix[i * 13 + j] * value, 0),
  );
}

function dot(a: Float64Array, b: Float64Array): number {
  return a.reduce((sum, value, i) => sum + value * b[i], 0);
}
