// The live connection: Server-Sent Events while the stream is up, polling every 5 s while it is
// not, and reconnection attempts until it is back.

/** Stream event types the dashboard listens to (`reset` is handled apart). */
export const EVENT_TYPES = [
  'job.created',
  'job.updated',
  'job.steps',
  'metric',
  'worker.heartbeat',
];

const POLL_INTERVAL_MS = 5000;
const RECONNECT_FIRST_MS = 1000;
const RECONNECT_MAX_MS = 5000;

/**
 * Owns one EventSource at a time. On any stream error it closes the source, switches to polling
 * and reconnects with backoff, resuming from the last event id it saw (`?last_event_id=`), so
 * the server replays what was missed. Polls never overlap: the next one is scheduled only after
 * the previous one has finished. Once a stream is open again, polling stops.
 *
 * Callbacks: `onEvent(type, event)`, `onState('connecting' | 'live' | 'polling')`, `poll()`
 * (one polling round), `resync()` (refetch everything: first connection, `reset`, or a
 * reconnection that cannot resume).
 */
export class LiveFeed {
  constructor({ url, onEvent, onState, poll, resync }) {
    this.url = url;
    this.callbacks = { onEvent, onState, poll, resync };
    this.state = 'connecting';
    this.source = null;
    this.lastEventId = null;
    this.everOpened = false;
    this.reconnectDelay = RECONNECT_FIRST_MS;
    this.reconnectTimer = null;
    this.pollRound = null;
    this.pollTimer = null;
  }

  start() {
    this.connect();
  }

  connect() {
    const resume = this.lastEventId === null ? '' : `?last_event_id=${this.lastEventId}`;
    const source = new EventSource(`${this.url}${resume}`);
    this.source = source;
    source.addEventListener('open', () => this.opened(source));
    source.addEventListener('error', () => this.failed(source));
    source.addEventListener('reset', () => this.reset(source));
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (message) => this.received(source, type, message));
    }
  }

  opened(source) {
    if (source !== this.source) {
      return;
    }
    const mustResync = !this.everOpened || this.lastEventId === null;
    this.everOpened = true;
    this.reconnectDelay = RECONNECT_FIRST_MS;
    this.stopPolling();
    this.setState('live');
    if (mustResync) {
      void this.callbacks.resync();
    }
  }

  failed(source) {
    if (source !== this.source) {
      return;
    }
    // The browser's own retry would not resume after a refused connection; one policy for all.
    source.close();
    this.source = null;
    this.setState('polling');
    this.startPolling();
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => this.connect(), this.reconnectDelay);
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
  }

  reset(source) {
    if (source !== this.source) {
      return;
    }
    // The events after our id are gone, so that id is worth nothing for a later reconnection.
    this.lastEventId = null;
    void this.callbacks.resync();
  }

  received(source, type, message) {
    if (source !== this.source) {
      return;
    }
    if (message.lastEventId) {
      this.lastEventId = message.lastEventId;
    }
    this.callbacks.onEvent(type, JSON.parse(message.data));
  }

  setState(state) {
    if (state !== this.state) {
      this.state = state;
      this.callbacks.onState(state);
    }
  }

  startPolling() {
    if (this.pollRound !== null) {
      return;
    }
    const round = {};
    this.pollRound = round;
    const tick = async () => {
      if (this.pollRound !== round) {
        return;
      }
      await this.callbacks.poll();
      if (this.pollRound === round) {
        this.pollTimer = setTimeout(() => void tick(), POLL_INTERVAL_MS);
      }
    };
    void tick();
  }

  stopPolling() {
    this.pollRound = null;
    clearTimeout(this.pollTimer);
  }
}
