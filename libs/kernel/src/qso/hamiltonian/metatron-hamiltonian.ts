import { METATRON_NODE_COUNT, MetatronGraph } from '../graph/metatron-graph';
import { QsoInputError } from '../qso-input.error';
import { symmetricEigensystem, SymmetricEigensystem } from './symmetric-eigensolver';

/** Physical parameters of the Hamiltonian; the defaults are the original's (J = 1, ε = 0). */
export interface HamiltonianParameters {
  /** Hopping strength J. */
  coupling?: number;
  /** On-site energies ε, one per node. */
  onsiteEnergies?: readonly number[];
}

/**
 * H = −J·L + diag(ε) on the Metatron graph: a real symmetric 13×13 matrix (row-major). With the
 * defaults H = 𝟙𝟙ᵀ − 13I, whose spectrum is −13 (twelve-fold) and 0 (the uniform state).
 */
export class MetatronHamiltonian {
  readonly coupling: number;
  readonly onsiteEnergies: readonly number[];
  readonly matrix: Float64Array;

  /** Set when H = κ·𝟙𝟙ᵀ + diag(w), which lets the energy skip the dense product. */
  private readonly rankOne: { kappa: number; weights: Float64Array } | null;
  private eigensystem: SymmetricEigensystem | null = null;

  constructor(parameters: HamiltonianParameters = {}, graph = new MetatronGraph()) {
    this.coupling = parameters.coupling ?? 1;
    this.onsiteEnergies =
      parameters.onsiteEnergies ?? new Array<number>(METATRON_NODE_COUNT).fill(0);
    assertParameters(this.coupling, this.onsiteEnergies);

    const n = METATRON_NODE_COUNT;
    this.matrix = graph.laplacian().map((entry) => -this.coupling * entry);
    this.onsiteEnergies.forEach((energy, i) => (this.matrix[i * n + i] += energy));
    this.rankOne = rankOnePlusDiagonal(this.matrix);
  }

  /**
   * Re⟨ψ|H|ψ⟩ of an (unnormalised) 13-amplitude state. On K13 H is a rank-one matrix plus a
   * diagonal, so this is κ·|Σψᵢ|² + Σ wᵢ|ψᵢ|²; otherwise the dense product.
   */
  energy(re: Float64Array, im: Float64Array): number {
    const structure = this.rankOne;
    if (structure === null) {
      return this.denseEnergy(re, im);
    }

    const weights = structure.weights;
    let sumRe = 0;
    let sumIm = 0;
    let diagonal = 0;
    for (let i = 0; i < METATRON_NODE_COUNT; i++) {
      const r = re[i];
      const m = im[i];
      sumRe += r;
      sumIm += m;
      diagonal += weights[i] * (r * r + m * m);
    }

    return structure.kappa * (sumRe * sumRe + sumIm * sumIm) + diagonal;
  }

  /** Re(conj(ψ)·(Hψ)) by the dense matrix–vector product, as the original computes it. */
  denseEnergy(re: Float64Array, im: Float64Array): number {
    const n = METATRON_NODE_COUNT;
    const h = this.matrix;
    let energy = 0;
    for (let i = 0; i < n; i++) {
      let rowRe = 0;
      let rowIm = 0;
      for (let j = 0; j < n; j++) {
        rowRe += h[i * n + j] * re[j];
        rowIm += h[i * n + j] * im[j];
      }
      energy += re[i] * rowRe + im[i] * rowIm;
    }

    return energy;
  }

  /** Eigenvalues (ascending) and eigenvectors, computed once. */
  spectrum(): SymmetricEigensystem {
    this.eigensystem ??= symmetricEigensystem(this.matrix, METATRON_NODE_COUNT);

    return this.eigensystem;
  }

  /** The exact ground energy e₀, the lowest eigenvalue. */
  groundEnergy(): number {
    return this.spectrum().eigenvalues[0];
  }
}

function rankOnePlusDiagonal(
  matrix: Float64Array,
): { kappa: number; weights: Float64Array } | null {
  const n = METATRON_NODE_COUNT;
  const kappa = matrix[1];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i !== j && matrix[i * n + j] !== kappa) {
        return null;
      }
    }
  }

  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    weights[i] = matrix[i * n + i] - kappa;
  }

  return { kappa, weights };
}

function assertParameters(coupling: number, onsiteEnergies: readonly number[]): void {
  if (!Number.isFinite(coupling)) {
    throw new QsoInputError('coupling', 'must be a finite number', coupling);
  }
  if (onsiteEnergies.length !== METATRON_NODE_COUNT) {
    throw new QsoInputError('onsiteEnergies', 'must hold 13 values', onsiteEnergies.length);
  }
  onsiteEnergies.forEach((energy, i) => {
    if (!Number.isFinite(energy)) {
      throw new QsoInputError(`onsiteEnergies[${i}]`, 'must be a finite number', energy);
    }
  });
}
