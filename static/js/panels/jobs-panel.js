// Recent Jobs: the newest jobs matching the status filter and id search, kept current by the
// stream (or the polls) without reloading the list.
import { api } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { clockTime, shortId } from '../format.js';
import { isNewer, metricTexts, progressBar, progressText, statusBadge } from '../job-format.js';

const LIST_LIMIT = 20;
const SEARCH_DELAY_MS = 300;
const ID_PREFIX = /^[0-9a-f-]{4,36}$/i;

/** Whether `job` belongs in a list filtered by `filter` ({status, q}). */
export function matchesFilter(job, filter) {
  if (filter.status && job.status !== filter.status) {
    return false;
  }

  return !filter.q || job.id.startsWith(filter.q.toLowerCase());
}

/** The query string of GET /api/jobs for `filter`. */
export function jobsQuery(filter) {
  const query = new URLSearchParams({ limit: String(LIST_LIMIT) });
  if (filter.status) {
    query.set('status', filter.status);
  }
  if (filter.q) {
    query.set('q', filter.q);
  }

  return query.toString();
}

export class JobsPanel {
  constructor({ list, statusSelect, searchInput }) {
    this.list = list;
    this.statusSelect = statusSelect;
    this.searchInput = searchInput;
    this.filter = { status: '', q: '' };
    this.jobs = new Map();
    this.items = new Map();
    this.loadNumber = 0;
    this.searchTimer = null;
    statusSelect.addEventListener('change', () => this.filterChanged());
    searchInput.addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.filterChanged(), SEARCH_DELAY_MS);
    });
  }

  /** Reloads the list from the API; errors are shown in the list itself and rethrown. */
  async load() {
    const number = ++this.loadNumber;
    try {
      const jobs = await api(`/jobs?${jobsQuery(this.filter)}`);
      if (number === this.loadNumber) {
        this.jobs = new Map(jobs.map((job) => [job.id, job]));
        this.render();
      }
    } catch (error) {
      if (number === this.loadNumber && this.jobs.size === 0) {
        replaceChildren(this.list, el('li', { className: 'empty', text: error.message }));
      }
      throw error;
    }
  }

  /** A job from the stream, a poll or a POST: inserted, updated or dropped per the filter. */
  upsert(job) {
    const current = this.jobs.get(job.id);
    if (!isNewer(job, current)) {
      return;
    }
    if (!matchesFilter(job, this.filter)) {
      if (current) {
        this.jobs.delete(job.id);
        this.render();
      }

      return;
    }
    this.jobs.set(job.id, job);
    this.render();
  }

  job(id) {
    return this.jobs.get(id);
  }

  filterChanged() {
    const q = this.searchInput.value.trim();
    // One to three characters cannot be searched yet: keep the list until the prefix is usable.
    if (q !== '' && q.length < 4 && ID_PREFIX.test(`${q}0000`)) {
      return;
    }
    this.filter = { status: this.statusSelect.value, q };
    this.jobs = new Map();
    replaceChildren(this.list, el('li', { className: 'empty', text: 'Loading jobs...' }));
    this.load().catch(() => undefined); // shown in the list by load()
  }

  render() {
    const newestFirst = [...this.jobs.values()].sort(
      (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at),
    );
    for (const dropped of newestFirst.splice(LIST_LIMIT)) {
      this.jobs.delete(dropped.id);
    }
    for (const id of this.items.keys()) {
      if (!this.jobs.has(id)) {
        this.items.delete(id);
      }
    }
    if (newestFirst.length === 0) {
      const filtered = this.filter.status || this.filter.q;
      const text = filtered ? 'No jobs match the filter' : 'No jobs yet';
      replaceChildren(this.list, el('li', { className: 'empty', text }));

      return;
    }
    const wanted = newestFirst.map((job) => this.itemFor(job));
    const shown = [...this.list.children];
    // Items are updated in place and only re-ordered when the order changed, so an item under
    // the pointer stays the same element and a click on it is never lost.
    if (shown.length !== wanted.length || shown.some((node, index) => node !== wanted[index])) {
      this.list.replaceChildren(...wanted);
    }
  }

  itemFor(job) {
    let item = this.items.get(job.id);
    if (!item) {
      item = el('li', {}, el('a', { className: 'job-item', href: `#/jobs/${job.id}` }));
      this.items.set(job.id, item);
    }
    if (item.dataset.updatedAt !== job.updated_at) {
      item.dataset.updatedAt = job.updated_at;
      fillJobItem(item.firstChild, job);
    }

    return item;
  }
}

/** One job: "{id8}... ({type})", badge, metrics, start time and a progress bar. */
export function fillJobItem(anchor, job) {
  const metrics = metricTexts(job.metrics).map((text) => el('span', { text }));
  const started = job.started_at ? `Started: ${clockTime(job.started_at)}` : 'Not started yet';
  anchor.dataset.jobId = job.id;
  anchor.dataset.status = job.status;
  replaceChildren(
    anchor,
    el(
      'div',
      { className: 'job-item__head' },
      el('span', {
        className: 'job-item__title mono',
        text: `${shortId(job.id)}... (${job.job_type})`,
      }),
      statusBadge(job.status),
    ),
    el(
      'div',
      { className: 'job-item__metrics' },
      el('span', { text: `${job.algorithm} · ${job.mode}` }),
      ...metrics,
      el('span', { text: started }),
      el('span', { className: 'job-item__progress', text: progressText(job) }),
    ),
    progressBar(job),
  );
}
