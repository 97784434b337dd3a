import type { CalibrationJobParams } from '@qdash/common';

import { CalibrationRun } from '../../apps/worker/src/kernel/calibration-run';
import type { TestEnvironment } from './test-environment';

/** The trajectory-defining numbers of a step, as stored and as recomputed. */
export interface StepSignature {
  step: number;
  psi: number;
  rho: number;
  omega: number;
  accepted: boolean;
  regime_switch: boolean;
  notes: string;
}

/** What an uninterrupted, single-process run of these parameters computes, step by step. */
export function referenceTrajectory(params: CalibrationJobParams): StepSignature[] {
  const run = new CalibrationRun(params, null);

  return run.next(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER).map(signature);
}

/** The steps stored for a job, in step order. */
export async function storedTrajectory(
  environment: TestEnvironment,
  jobId: string,
): Promise<StepSignature[]> {
  const points = await environment.prisma.metricPoint.findMany({
    where: { jobId },
    orderBy: { step: 'asc' },
  });

  return points.map((point) =>
    signature({
      step: point.step ?? -1,
      psi: point.psi,
      rho: point.rho,
      omega: point.omega,
      accepted: point.accepted ?? false,
      regime_switch: point.regimeSwitch ?? false,
      notes: point.notes ?? '',
    }),
  );
}

export async function jobParams(
  environment: TestEnvironment,
  jobId: string,
): Promise<CalibrationJobParams> {
  const job = await environment.prisma.job.findUniqueOrThrow({ where: { id: jobId } });

  return job.params as unknown as CalibrationJobParams;
}

function signature(step: StepSignature): StepSignature {
  const { psi, rho, omega, accepted, regime_switch, notes } = step;

  return { step: step.step, psi, rho, omega, accepted, regime_switch, notes };
}
