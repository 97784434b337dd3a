/** One event as a Server-Sent Events client sees it. */
export interface ReceivedEvent {
  id?: string;
  event: string;
  data: any;
}

/**
 * Reads `/api/stream` the way a browser's EventSource does (named events, ids, JSON data) and
 * collects every event until `close()`.
 */
export class SseReader {
  readonly events: ReceivedEvent[] = [];
  private readonly abort = new AbortController();
  private finished: Promise<void> = Promise.resolve();

  static async open(url: string, lastEventId?: string): Promise<SseReader> {
    const reader = new SseReader();
    const headers: Record<string, string> = lastEventId ? { 'last-event-id': lastEventId } : {};
    const response = await fetch(`${url}/api/stream`, { headers, signal: reader.abort.signal });
    if (!response.ok || !response.body) {
      throw new Error(`stream answered ${response.status}`);
    }
    reader.finished = reader.consume(response.body);

    return reader;
  }

  of(type: string): ReceivedEvent[] {
    return this.events.filter((event) => event.event === type);
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.finished.catch(() => undefined);
  }

  private async consume(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        this.parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
    }
  }

  private parse(block: string): void {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) {
        fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
      }
    }
    const data = fields.get('data');
    if (data !== undefined) {
      this.events.push({
        id: fields.get('id'),
        event: fields.get('event') ?? 'message',
        data: JSON.parse(data),
      });
    }
  }
}
