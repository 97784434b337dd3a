import type { ServerResponse } from 'node:http';

import type { StreamEvent } from '@qdash/common';

import { SseClient } from './sse-client';

/** Collects what the client writes, like a socket that never backs up. */
function recordingResponse() {
  const chunks: string[] = [];
  const response = {
    destroyed: false,
    writableEnded: false,
    writableLength: 0,
    write: (chunk: string) => chunks.push(chunk) > 0,
    end: () => undefined,
    destroy: () => undefined,
  };

  return { response: response as unknown as ServerResponse, chunks };
}

const event = (id: number | undefined, type: StreamEvent['type'] = 'job.updated'): StreamEvent => ({
  id: id === undefined ? undefined : String(id),
  type,
  ts: '2026-12-03T00:00:00.000Z',
  payload: { n: id ?? null },
});

const idsIn = (chunks: string[]) =>
  chunks.flatMap((chunk) => [...chunk.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1])));

describe('SseClient', () => {
  it('holds live events during the replay, then sends each stored event once, in order', () => {
    const { response, chunks } = recordingResponse();
    const client = new SseClient(response);

    client.deliver(event(11));
    client.deliver(event(12));
    client.finishReplay([event(10), event(11)]);
    client.deliver(event(13));

    expect(idsIn(chunks)).toEqual([10, 11, 12, 13]);
  });

  it('passes on live events whose ids arrive out of order (two workers committing at once)', () => {
    const { response, chunks } = recordingResponse();
    const client = new SseClient(response);
    client.finishReplay([]);

    client.deliver(event(21));
    client.deliver(event(20));

    expect(idsIn(chunks)).toEqual([21, 20]);
  });

  it('writes named events with their id and JSON data, and transient ones without an id', () => {
    const { response, chunks } = recordingResponse();
    const client = new SseClient(response);
    client.finishReplay([]);

    client.deliver(event(5, 'job.steps'));
    client.deliver(event(undefined, 'worker.heartbeat'));

    expect(chunks[0]).toBe(
      `id: 5\nevent: job.steps\ndata: ${JSON.stringify(event(5, 'job.steps'))}\n\n`,
    );
    expect(chunks[1]).toMatch(/^event: worker\.heartbeat\ndata: \{.*\}\n\n$/);
  });

  it('gives up on a browser that has fallen too far behind', () => {
    const { response } = recordingResponse();
    let destroyed = false;
    Object.assign(response, { writableLength: 5 * 1024 * 1024, destroy: () => (destroyed = true) });
    const client = new SseClient(response);
    client.finishReplay([]);

    client.deliver(event(1));

    expect(destroyed).toBe(true);
  });
});
