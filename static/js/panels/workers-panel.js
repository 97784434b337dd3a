// Workers: live worker processes from /api/workers, refreshed by their heartbeats on the stream.
import { api } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { age, shortId } from '../format.js';

/** The registry forgets a worker after three missed beats; the table does the same. */
const MISSED_BEATS = 3;
const DEFAULT_BEAT_MS = 5000;
const TICK_MS = 1000;
const WORKER_COLUMNS = [
  'Worker',
  'Host',
  'PID',
  'Concurrency',
  'Current jobs',
  'Event loop p99',
  'Last seen',
];

/** Whether a worker last heard of at `heardAt` (ms) has missed its beats, as of `now`. */
export function isGone(heardAt, beatMs, now) {
  return now - heardAt > beatMs * MISSED_BEATS;
}

export class WorkersPanel {
  constructor({ body, onCount }) {
    this.body = body;
    this.onCount = onCount;
    this.workers = new Map();
    this.rows = new Map();
    this.loaded = false;
    // Browser clock times: a worker's own clock may differ from this one.
    this.heardAt = new Map();
    setInterval(() => this.tick(), TICK_MS);
  }

  async load() {
    const workers = await api('/workers');
    const now = Date.now();
    this.loaded = true;
    this.workers = new Map(workers.map((worker) => [worker.id, worker]));
    this.heardAt = new Map(workers.map((worker) => [worker.id, now]));
    this.render(now);
  }

  heartbeat(worker) {
    this.workers.set(worker.id, worker);
    this.heardAt.set(worker.id, Date.now());
    this.render();
  }

  /** Ages the "last seen" column and drops workers that stopped beating. */
  tick() {
    const now = Date.now();
    for (const worker of this.workers.values()) {
      const heardAt = this.heardAt.get(worker.id) ?? now;
      if (isGone(heardAt, worker.heartbeat_ms ?? DEFAULT_BEAT_MS, now)) {
        this.workers.delete(worker.id);
        this.heardAt.delete(worker.id);
      }
    }
    this.render(now);
  }

  render(now = Date.now()) {
    // Until the list has loaded once, the status's own count is the better figure.
    if (this.loaded) {
      this.onCount(this.workers.size);
    }
    for (const id of this.rows.keys()) {
      if (!this.workers.has(id)) {
        this.rows.delete(id);
      }
    }
    if (this.workers.size === 0) {
      const empty = el('td', {
        colspan: WORKER_COLUMNS.length,
        className: 'empty',
        text: 'No live workers',
      });
      replaceChildren(this.body, el('tr', {}, empty));

      return;
    }
    const wanted = [...this.workers.values()]
      .sort((a, b) => a.started_at.localeCompare(b.started_at))
      .map((worker) => this.rowFor(worker, now));
    const shown = [...this.body.children];
    // Rows are updated cell by cell, so a job link under the pointer survives a heartbeat.
    if (shown.length !== wanted.length || shown.some((row, index) => row !== wanted[index])) {
      this.body.replaceChildren(...wanted);
    }
  }

  rowFor(worker, now) {
    let row = this.rows.get(worker.id);
    if (!row) {
      row = el('tr', { dataset: { workerId: worker.id } });
      row.append(...WORKER_COLUMNS.map((label) => el('td', { dataset: { label } })));
      this.rows.set(worker.id, row);
    }
    fillRow(row, worker, now);

    return row;
  }
}

function fillRow(row, worker, now) {
  const [id, host, pid, concurrency, jobs, loop, lastSeen] = row.cells;
  id.className = 'mono';
  id.title = worker.id;
  id.textContent = worker.id;
  host.textContent = worker.host;
  pid.className = 'num';
  pid.textContent = String(worker.pid);
  concurrency.className = 'num';
  concurrency.textContent = String(worker.concurrency);
  const jobIds = worker.current_jobs.join(',');
  if (jobs.dataset.jobs !== jobIds || jobs.childNodes.length === 0) {
    jobs.dataset.jobs = jobIds;
    replaceChildren(jobs, jobLinks(worker.current_jobs));
  }
  loop.className = 'num';
  loop.title = 'Worst main-thread delay since the previous heartbeat (kernel work runs in threads)';
  loop.textContent =
    worker.event_loop_p99_ms === undefined ? '—' : `${worker.event_loop_p99_ms} ms`;
  lastSeen.className = 'num';
  lastSeen.title = worker.last_seen;
  lastSeen.textContent = age(worker.last_seen, now);
}

function jobLinks(ids) {
  if (ids.length === 0) {
    return 'idle';
  }

  return ids.flatMap((id, index) => [
    index > 0 ? ', ' : null,
    el('a', { href: `#/jobs/${id}`, className: 'mono', text: `${shortId(id)}…` }),
  ]);
}
