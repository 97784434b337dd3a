import type { Job } from '@prisma/client';
import type { PoolClient } from 'pg';

import type { StepRecord } from '../kernel/step-record';

/**
 * Inserts a whole batch with one INSERT … SELECT FROM unnest(…): one round trip per batch, not
 * per step. Numbers travel as text (JavaScript's shortest exact form), so every double is stored
 * bit for bit. Steps already stored are skipped.
 */
export async function insertSteps(
  client: PoolClient,
  job: Job,
  steps: StepRecord[],
): Promise<void> {
  const column = <T>(pick: (step: StepRecord) => T): T[] => steps.map(pick);
  await client.query(
    `INSERT INTO metric_points (ts, psi, rho, omega, algorithm, mode, source, job_id, step, j,
       resonance_score, accepted, regime_switch, notes, detail)
     SELECT s.ts, s.psi::float8, s.rho::float8, s.omega::float8, s.algorithm, $1, 'job', $2, s.step,
       s.j::float8, s.resonance_score::float8, s.accepted, s.regime_switch, s.notes, s.detail::jsonb
     FROM unnest($3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
       $9::text[], $10::text[], $11::bool[], $12::bool[], $13::text[], $14::text[])
       AS s(ts, psi, rho, omega, algorithm, step, j, resonance_score, accepted, regime_switch,
         notes, detail)
     ON CONFLICT (job_id, step) DO NOTHING`,
    [
      job.mode,
      job.id,
      column((step) => new Date(step.ts)),
      column((step) => String(step.psi)),
      column((step) => String(step.rho)),
      column((step) => String(step.omega)),
      column((step) => step.algorithm),
      column((step) => step.step),
      column((step) => String(step.j)),
      column((step) => String(step.resonance_score)),
      column((step) => step.accepted),
      column((step) => step.regime_switch),
      column((step) => step.notes),
      column((step) => JSON.stringify(step.detail)),
    ],
  );
}

/** The `job.steps` event: the chart-relevant numbers of each step, not the full detail. */
export function stepsPayload(job: Job, steps: StepRecord[]): Record<string, unknown> {
  return {
    job_id: job.id,
    steps: steps.map((step) => ({
      step: step.step,
      ts: new Date(step.ts).toISOString(),
      psi: step.psi,
      rho: step.rho,
      omega: step.omega,
      j: step.j,
      accepted: step.accepted,
      regime_switch: step.regime_switch,
      resonance_score: step.resonance_score,
      notes: step.notes,
      algorithm: step.algorithm,
    })),
  };
}
