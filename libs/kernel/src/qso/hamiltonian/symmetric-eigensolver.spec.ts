import { Xoshiro128 } from '../../prng/xoshiro128';
import { QsoInputError } from '../qso-input.error';
import { symmetricEigensystem } from './symmetric-eigensolver';

describe('symmetricEigensystem', () => {
  it('diagonalises a 2×2 matrix exactly', () => {
    const { eigenvalues, eigenvectors } = symmetricEigensystem([2, 1, 1, 2], 2);

    expect(eigenvalues[0]).toBeCloseTo(1, 15);
    expect(eigenvalues[1]).toBeCloseTo(3, 15);
    expect(Math.abs(eigenvectors[1][0])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(eigenvectors[1][0]).toBeCloseTo(eigenvectors[1][1], 15);
  });

  it('reconstructs a random symmetric matrix as V·diag(λ)·Vᵀ', () => {
    const size = 9;
    const rng = Xoshiro128.fromSeed(4);
    const matrix = new Float64Array(size * size);
    for (let i = 0; i < size; i++) {
      for (let j = i; j < size; j++) {
        matrix[i * size + j] = matrix[j * size + i] = rng.uniform(-5, 5);
      }
    }
    const { eigenvalues, eigenvectors } = symmetricEigensystem(matrix, size);

    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        const entry = eigenvalues.reduce(
          (sum, value, k) => sum + value * eigenvectors[k][i] * eigenvectors[k][j],
          0,
        );
        expect(Math.abs(entry - matrix[i * size + j])).toBeLessThan(1e-12);
      }
    }
  });

  it('refuses a matrix that is not symmetric', () => {
    expect(() => symmetricEigensystem([1, 2, 3, 4], 2)).toThrow(QsoInputError);
    expect(() => symmetricEigensystem([1, 2, 3], 2)).toThrow(/matrix/);
  });
});
