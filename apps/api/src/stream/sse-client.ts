import type { ServerResponse } from 'node:http';

import type { StreamEvent } from '@qdash/common';

/** Bytes a browser may fall behind before the server gives up on it and closes the stream. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * One browser's event stream. Until its replay from PostgreSQL is done, live events are held
 * back; afterwards a held event the replay already sent is skipped, so nothing arrives twice.
 * Live events are never filtered by id: two workers' transactions can commit, and publish, in
 * the opposite order of their ids.
 */
export class SseClient {
  private replaying = true;
  private held: StreamEvent[] = [];

  constructor(private readonly response: ServerResponse) {}

  get closed(): boolean {
    return this.response.destroyed || this.response.writableEnded;
  }

  /** Sends a live event, or holds it while the replay runs. */
  deliver(event: StreamEvent): void {
    if (this.replaying) {
      this.held.push(event);

      return;
    }
    this.write(event);
  }

  /** Sends replayed events, then whatever arrived live meanwhile and was not among them. */
  finishReplay(replayed: StreamEvent[]): void {
    replayed.forEach((event) => this.write(event));
    const sent = new Set(replayed.map((event) => event.id));
    const held = this.held.filter((event) => event.id === undefined || !sent.has(event.id));
    this.held = [];
    this.replaying = false;
    held.forEach((event) => this.write(event));
  }

  /** A named event with no id, such as `reset`. */
  notice(type: string, payload: Record<string, unknown>): void {
    this.send(`event: ${type}\ndata: ${JSON.stringify(payload)}\n\n`);
  }

  /** A comment line that keeps proxies from closing an idle stream. */
  keepAlive(): void {
    this.send(': keep-alive\n\n');
  }

  close(): void {
    this.response.end();
  }

  private write(event: StreamEvent): void {
    const idLine = event.id === undefined ? '' : `id: ${event.id}\n`;
    this.send(`${idLine}event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  }

  private send(chunk: string): void {
    if (this.closed) {
      return;
    }
    if (this.response.writableLength > MAX_BUFFERED_BYTES) {
      this.response.destroy();

      return;
    }
    this.response.write(chunk);
  }
}
