import type { MetricPoint } from '@prisma/client';

/** One stored calibration step as `GET /api/jobs/:id/steps` returns it. */
export interface JobStepView {
  step: number;
  ts: string;
  psi: number;
  rho: number;
  omega: number;
  j: number | null;
  accepted: boolean | null;
  regime_switch: boolean | null;
  resonance_score: number | null;
  notes: string | null;
  algorithm: string;
  mode: string | null;
  detail: unknown;
}

export function presentStep(point: MetricPoint): JobStepView {
  return {
    step: point.step ?? 0,
    ts: point.ts.toISOString(),
    psi: point.psi,
    rho: point.rho,
    omega: point.omega,
    j: point.j,
    accepted: point.accepted,
    regime_switch: point.regimeSwitch,
    resonance_score: point.resonanceScore,
    notes: point.notes,
    algorithm: point.algorithm,
    mode: point.mode,
    detail: point.detail,
  };
}
