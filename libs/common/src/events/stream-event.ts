/**
 * Events that flow from workers and API processes to every browser over Server-Sent Events.
 * Stored events carry the `stream_events` row id, which is the SSE id a browser resumes from;
 * heartbeats are transient and carry none.
 */
export type StreamEventType =
  'job.created' | 'job.updated' | 'job.steps' | 'metric' | 'worker.heartbeat';

export interface StreamEvent {
  /** `stream_events.id` as a decimal string; absent for transient events. */
  id?: string;
  type: StreamEventType;
  /** ISO 8601 time the event was recorded. */
  ts: string;
  payload: Record<string, unknown>;
}

/** Event types that are written to `stream_events` and can be replayed. */
export const STORED_EVENT_TYPES: readonly StreamEventType[] = [
  'job.created',
  'job.updated',
  'job.steps',
  'metric',
];
