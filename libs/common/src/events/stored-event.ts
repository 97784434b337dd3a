import type { StreamEvent as StreamEventRow } from '@prisma/client';

import type { StreamEvent, StreamEventType } from './stream-event';

/** A `stream_events` row as the event it records, its id becoming the SSE id. */
export function fromStoredEvent(row: StreamEventRow): StreamEvent {
  return {
    id: row.id.toString(),
    type: row.type as StreamEventType,
    ts: row.ts.toISOString(),
    payload: row.payload as Record<string, unknown>,
  };
}
