import { KernelInputError } from './kernel-errors';
import {
  algorithmCode,
  decodeAlgorithm,
  lift,
  project,
  toState4D,
  validateDioniceInput,
} from './state-mapping';

describe('the 4D mapping', () => {
  it('maps ρ and ω to [−1, 1] and the algorithm to its code', () => {
    expect(toState4D({ psi: 0.85, rho: 0.9, omega: 0.75, algorithm: 'VQE' })).toEqual({
      x: 0.8,
      y: 1,
      z: 0.5,
      psi: 0.85,
    });
    expect(toState4D({ psi: 0.8, rho: 0.6, omega: 0.95, algorithm: 'QAOA' })).toEqual({
      x: 0.19999999999999996,
      y: 2,
      z: 0.8999999999999999,
      psi: 0.8,
    });
  });

  it('codes algorithms case-insensitively, unknown ones as 0', () => {
    expect(['VQE', 'qaoa', 'Vqc', 'Grover', 'QuantumWalk'].map(algorithmCode)).toEqual([
      1, 2, 3, 0, 0,
    ]);
  });

  it('decodes by rounding, with VQE as the fallback', () => {
    expect([1, 2, 3, 0, 4, 1.4, 1.5, 2.49, -1].map(decodeAlgorithm)).toEqual([
      'VQE',
      'QAOA',
      'VQC',
      'VQE',
      'VQE',
      'VQE',
      'QAOA',
      'QAOA',
      'VQE',
    ]);
  });

  it('lifts with the time coordinate and projects it away again', () => {
    const state = { x: 0.1, y: 2, z: -0.3, psi: 0.4 };

    expect(lift(state, 7)).toEqual({ ...state, omega: 7 });
    expect(project(lift(state, 7))).toEqual(state);
  });

  describe('validateDioniceInput', () => {
    const valid = { psi: 0.5, rho: 0.5, omega: 0.5, algorithm: 'vqe' };

    it('returns the canonical algorithm name', () => {
      expect(validateDioniceInput(valid).algorithm).toBe('VQE');
      expect(validateDioniceInput({ ...valid, algorithm: 'quantumwalk' }).algorithm).toBe(
        'QuantumWalk',
      );
    });

    it.each([
      [{ ...valid, psi: 1.2 }, 'psi must be a number in [0, 1], got 1.2'],
      [{ ...valid, rho: Number.NaN }, 'rho must be a number in [0, 1], got NaN'],
      [{ ...valid, omega: -0.1 }, 'omega must be a number in [0, 1], got -0.1'],
      [{ ...valid, psi: '0.5' }, 'psi must be a number in [0, 1], got "0.5"'],
      [
        { ...valid, algorithm: 'Shor' },
        'algorithm must be one of VQE, QAOA, QuantumWalk, Grover, Boson, VQC, Integration ' +
          '(case-insensitive), got "Shor"',
      ],
    ])('rejects %j', (input, message) => {
      expect(() => validateDioniceInput(input)).toThrow(KernelInputError);
      expect(() => validateDioniceInput(input)).toThrow(message);
    });
  });
});
