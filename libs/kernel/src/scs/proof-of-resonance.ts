import { readFiniteNumber, readObject } from '../dionice/json-reader';
import type { MandorlaField } from './mandorla-field';
import type { PerformanceTriplet } from './performance-triplet';

/** Acceptance thresholds, with the original's names. */
export interface PorCriteria {
  /** ψ′ must reach ψ + this. */
  min_quality_delta: number;
  /** ρ′ may fall at most this far below ρ. */
  stability_tolerance: number;
  /** ω′ must reach this. */
  min_efficiency: number;
  /** cos(M, I′) must reach this. */
  min_field_resonance: number;
}

export const DEFAULT_POR_CRITERIA: Readonly<PorCriteria> = {
  min_quality_delta: 0.0,
  stability_tolerance: 0.1,
  min_efficiency: 0.3,
  min_field_resonance: 0.0,
};

/** Why a candidate was accepted or rejected, check by check. */
export interface PorVerdict {
  quality: { pass: boolean; current: number; candidate: number; delta: number };
  stability: {
    pass: boolean;
    current: number;
    candidate: number;
    delta: number;
    tolerance: number;
  };
  efficiency: { pass: boolean; candidate: number; min_threshold: number };
  field_resonance:
    { pass: boolean; resonance: number; min_threshold: number } | { pass: true; resonance: null };
  overall: boolean;
}

/**
 * Proof-of-Resonance: a candidate is accepted when its quality does not fall below the current
 * one (plus δ), its stability stays within the tolerance, its efficiency reaches the minimum and,
 * when a field is given, its injection resonates with the field enough.
 */
export class ProofOfResonance {
  readonly criteria: PorCriteria;

  constructor(criteria: Partial<PorCriteria> = {}) {
    this.criteria = readPorCriteria({ ...DEFAULT_POR_CRITERIA, ...criteria }, 'porCriteria');
  }

  check(
    current: PerformanceTriplet,
    candidate: PerformanceTriplet,
    field?: MandorlaField,
    injection?: readonly number[],
  ): boolean {
    return this.detailedCheck(current, candidate, field, injection).overall;
  }

  detailedCheck(
    current: PerformanceTriplet,
    candidate: PerformanceTriplet,
    field?: MandorlaField,
    injection?: readonly number[],
  ): PorVerdict {
    const { min_quality_delta, stability_tolerance, min_efficiency } = this.criteria;
    const quality = {
      pass: candidate.psi >= current.psi + min_quality_delta,
      current: current.psi,
      candidate: candidate.psi,
      delta: candidate.psi - current.psi,
    };
    const stability = {
      pass: candidate.rho >= current.rho - stability_tolerance,
      current: current.rho,
      candidate: candidate.rho,
      delta: candidate.rho - current.rho,
      tolerance: stability_tolerance,
    };
    const efficiency = {
      pass: candidate.omega >= min_efficiency,
      candidate: candidate.omega,
      min_threshold: min_efficiency,
    };
    const fieldResonance = this.fieldResonance(field, injection);

    return {
      quality,
      stability,
      efficiency,
      field_resonance: fieldResonance,
      overall: quality.pass && stability.pass && efficiency.pass && fieldResonance.pass,
    };
  }

  private fieldResonance(
    field: MandorlaField | undefined,
    injection: readonly number[] | undefined,
  ): PorVerdict['field_resonance'] {
    if (field === undefined || injection === undefined) {
      return { pass: true, resonance: null };
    }

    const resonance = field.resonanceWith(injection);
    const threshold = this.criteria.min_field_resonance;

    return { pass: resonance >= threshold, resonance, min_threshold: threshold };
  }
}

/** Checks criteria from options or a saved state; every value must be a finite number. */
export function readPorCriteria(value: unknown, path: string): PorCriteria {
  const fields = readObject(value, path);

  return {
    min_quality_delta: readFiniteNumber(fields.min_quality_delta, `${path}.min_quality_delta`),
    stability_tolerance: readFiniteNumber(
      fields.stability_tolerance,
      `${path}.stability_tolerance`,
    ),
    min_efficiency: readFiniteNumber(fields.min_efficiency, `${path}.min_efficiency`),
    min_field_resonance: readFiniteNumber(
      fields.min_field_resonance,
      `${path}.min_field_resonance`,
    ),
  };
}
