import { QsoInputError } from '../qso-input.error';

/** Eigenvalues in ascending order, each with its unit eigenvector. */
export interface SymmetricEigensystem {
  eigenvalues: number[];
  eigenvectors: Float64Array[];
}

const MAX_SWEEPS = 100;

/**
 * Exact eigendecomposition of a real symmetric matrix (row-major, size × size) by the cyclic
 * Jacobi method: plane rotations annihilate each off-diagonal entry in turn until the
 * off-diagonal mass is below rounding. Eigenvalues come back ascending; eigenvectors of a
 * degenerate level are an orthonormal basis of that eigenspace (which one depends on the method).
 */
export function symmetricEigensystem(
  matrix: ArrayLike<number>,
  size: number,
): SymmetricEigensystem {
  assertSymmetric(matrix, size);

  const a = Float64Array.from(matrix);
  const v = identity(size);
  for (let sweep = 0; sweep < MAX_SWEEPS && offDiagonalMass(a, size) > 0; sweep++) {
    for (let p = 0; p < size - 1; p++) {
      for (let q = p + 1; q < size; q++) {
        rotate(a, v, size, p, q);
      }
    }
  }

  return sortAscending(a, v, size);
}

/** Zeroes a[p][q] with one Jacobi rotation, accumulating the rotation into v. */
function rotate(a: Float64Array, v: Float64Array, size: number, p: number, q: number): void {
  const apq = a[p * size + q];
  if (apq === 0) {
    return;
  }

  const app = a[p * size + p];
  const aqq = a[q * size + q];
  const theta = (aqq - app) / (2 * apq);
  const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : tangent(theta);
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;

  for (let r = 0; r < size; r++) {
    const arp = a[r * size + p];
    const arq = a[r * size + q];
    a[r * size + p] = c * arp - s * arq;
    a[r * size + q] = s * arp + c * arq;
  }
  for (let r = 0; r < size; r++) {
    const apr = a[p * size + r];
    const aqr = a[q * size + r];
    a[p * size + r] = c * apr - s * aqr;
    a[q * size + r] = s * apr + c * aqr;
  }
  a[p * size + q] = 0;
  a[q * size + p] = 0;

  for (let r = 0; r < size; r++) {
    const vrp = v[r * size + p];
    const vrq = v[r * size + q];
    v[r * size + p] = c * vrp - s * vrq;
    v[r * size + q] = s * vrp + c * vrq;
  }
}

/** The smaller root of t² + 2θt − 1 = 0, the rotation angle's tangent that keeps |angle| ≤ π/4. */
function tangent(theta: number): number {
  const sign = theta >= 0 ? 1 : -1;

  return sign / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
}

/** Off-diagonal mass that is not negligible next to the diagonal entries it couples. */
function offDiagonalMass(a: Float64Array, size: number): number {
  let mass = 0;
  for (let p = 0; p < size; p++) {
    for (let q = p + 1; q < size; q++) {
      const entry = Math.abs(a[p * size + q]);
      const scale = Math.abs(a[p * size + p]) + Math.abs(a[q * size + q]);
      if (entry > Number.EPSILON * 1e-3 * scale && entry > Number.MIN_VALUE) {
        mass += entry;
      } else {
        a[p * size + q] = 0;
        a[q * size + p] = 0;
      }
    }
  }

  return mass;
}

function sortAscending(a: Float64Array, v: Float64Array, size: number): SymmetricEigensystem {
  const order = Array.from({ length: size }, (_, i) => i).sort(
    (i, j) => a[i * size + i] - a[j * size + j],
  );

  return {
    eigenvalues: order.map((i) => a[i * size + i]),
    eigenvectors: order.map((i) => {
      const vector = new Float64Array(size);
      for (let r = 0; r < size; r++) {
        vector[r] = v[r * size + i];
      }

      return vector;
    }),
  };
}

function identity(size: number): Float64Array {
  const matrix = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    matrix[i * size + i] = 1;
  }

  return matrix;
}

function assertSymmetric(matrix: ArrayLike<number>, size: number): void {
  if (!Number.isInteger(size) || size < 1 || matrix.length !== size * size) {
    throw new QsoInputError(
      'matrix',
      `must hold size × size = ${size * size} entries`,
      matrix.length,
    );
  }
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const entry = matrix[i * size + j];
      if (!Number.isFinite(entry) || entry !== matrix[j * size + i]) {
        throw new QsoInputError(
          `matrix[${i}][${j}]`,
          'must be finite and equal its transpose',
          entry,
        );
      }
    }
  }
}
