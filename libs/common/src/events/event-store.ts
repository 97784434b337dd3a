import type { PoolClient } from 'pg';

import type { StreamEvent, StreamEventType } from './stream-event';

/** Records a stream event inside the caller's transaction and returns it with its id. */
export async function recordEvent(
  client: PoolClient,
  type: StreamEventType,
  jobId: string | null,
  payload: Record<string, unknown>,
): Promise<StreamEvent> {
  const { rows } = await client.query<{ id: string; ts: Date }>(
    'INSERT INTO stream_events (type, job_id, payload) VALUES ($1, $2, $3::jsonb) RETURNING id, ts',
    [type, jobId, JSON.stringify(payload)],
  );

  return { id: rows[0].id, type, ts: rows[0].ts.toISOString(), payload };
}
