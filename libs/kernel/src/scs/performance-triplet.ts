/**
 * Φ = (ψ, ρ, ω): quality, stability and efficiency of a configuration, each in [0, 1].
 */
export class PerformanceTriplet {
  constructor(
    readonly psi: number,
    readonly rho: number,
    readonly omega: number,
  ) {
    for (const [field, value] of [
      ['psi', psi],
      ['rho', rho],
      ['omega', omega],
    ] as const) {
      if (!(value >= 0 && value <= 1)) {
        throw new RangeError(`${field} must be a number in [0, 1], got ${value}`);
      }
    }
  }

  static fromJSON(value: { psi: number; rho: number; omega: number }): PerformanceTriplet {
    return new PerformanceTriplet(value.psi, value.rho, value.omega);
  }

  /** √(ψ² + ρ² + ω²). */
  norm(): number {
    return Math.sqrt(this.psi ** 2 + this.rho ** 2 + this.omega ** 2);
  }

  /** 3 / (1/ψ + 1/ρ + 1/ω), or 0 when any component is 0. */
  harmonicMean(): number {
    if (this.psi === 0 || this.rho === 0 || this.omega === 0) {
      return 0;
    }

    return 3 / (1 / this.psi + 1 / this.rho + 1 / this.omega);
  }

  /** (ψρω)^(1/3). */
  geometricMean(): number {
    return Math.cbrt(this.psi * this.rho * this.omega);
  }

  /** J = ψ·ρ·ω, the quantity the regime switch tracks. */
  product(): number {
    return this.psi * this.rho * this.omega;
  }

  toJSON(): { psi: number; rho: number; omega: number } {
    return { psi: this.psi, rho: this.rho, omega: this.omega };
  }
}
