import type { MetricPoint } from '@prisma/client';

/** A history point: the original's five keys first, then where it came from. */
export interface HistoryPointView {
  timestamp: string;
  psi: number;
  rho: number;
  omega: number;
  algorithm: string;
  id: string;
  mode: string | null;
  source: 'job' | 'external';
  job_id: string | null;
  step: number | null;
  j: number | null;
  resonance_score: number | null;
}

export function presentHistoryPoint(point: MetricPoint): HistoryPointView {
  return {
    timestamp: point.ts.toISOString(),
    psi: point.psi,
    rho: point.rho,
    omega: point.omega,
    algorithm: point.algorithm,
    id: point.id.toString(),
    mode: point.mode,
    source: point.source,
    job_id: point.jobId,
    step: point.step,
    j: point.j,
    resonance_score: point.resonanceScore,
  };
}
