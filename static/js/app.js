// Entry point: builds the panels, routes between the dashboard and the job view, and feeds both
// from the live stream (or from polls while the stream is offline).
import { api } from './api.js';
import { byId, setText } from './dom.js';
import { LiveFeed } from './live.js';
import { HistoryPanel } from './panels/history-panel.js';
import { JobView } from './panels/job-view.js';
import { JobsPanel } from './panels/jobs-panel.js';
import { showControlMessage, StartForm } from './panels/start-form.js';
import {
  applyLatestPoint,
  applyNewJob,
  renderHealthReport,
  renderStatus,
  renderWorkerCount,
} from './panels/status-panel.js';
import { WorkersPanel } from './panels/workers-panel.js';
import { reportError, showError } from './toast.js';

/** Health has no stream events, so it is re-checked on this period even while live. */
const HEALTH_REFRESH_MS = 15000;
const JOB_ROUTE = /^#\/jobs\/([0-9a-f-]{36})$/i;
const CONNECTION_LABELS = {
  connecting: 'Connecting…',
  live: 'Live',
  polling: 'Polling — stream offline',
};

const jobs = new JobsPanel({
  list: byId('job-list'),
  statusSelect: byId('job-status-filter'),
  searchInput: byId('job-search'),
});
const history = new HistoryPanel(byId('metrics-chart'));
const workers = new WorkersPanel({ body: byId('worker-list'), onCount: renderWorkerCount });
const jobView = new JobView({ onJobChanged: (job) => jobs.upsert(job) });
new StartForm({
  form: byId('start-form'),
  onStarted: (job) => {
    jobs.upsert(job);
    applyNewJob(job);
  },
});

const loadStatus = async () => renderStatus(await api('/status'));
const loadHealth = async () => renderHealthReport(await api('/health', { okStatuses: [503] }));

/**
 * Runs loaders side by side; each failure is shown to the user and spares the others. When the
 * API answers none of them, one message says so instead of one per panel.
 */
async function settle(tasks) {
  const results = await Promise.allSettled(tasks.map(([, load]) => load()));
  const failures = results
    .map((result, index) => [tasks[index][0], result])
    .filter(([, result]) => result.status === 'rejected');
  const unreachable = failures.filter(([, result]) => result.reason?.status === 0);
  if (failures.length > 1 && unreachable.length === failures.length) {
    showError('The API is not answering; the dashboard keeps retrying.');

    return;
  }
  failures.forEach(([context, result]) => reportError(context, result.reason));
}

function refreshAll() {
  return settle([
    ['Loading status', loadStatus],
    ['Loading service health', loadHealth],
    ['Loading jobs', () => jobs.load()],
    ['Loading history', () => history.load()],
    ['Loading workers', () => workers.load()],
    ['Loading the job', () => jobView.refresh()],
  ]);
}

/** One polling round: like refreshAll, but the history only fetches what is new. */
function pollOnce() {
  return settle([
    ['Polling status', loadStatus],
    ['Polling service health', loadHealth],
    ['Polling jobs', () => jobs.load()],
    ['Polling history', () => history.loadNewer()],
    ['Polling workers', () => workers.load()],
    ['Polling the job', () => jobView.refresh()],
  ]);
}

// Events that arrive while everything is being refetched are applied after it, so a reload
// cannot overwrite them; every apply is idempotent, so applying one twice is harmless.
let held = null;
let resyncing = null;

function resync() {
  resyncing ??= (async () => {
    held = [];
    try {
      await refreshAll();
    } finally {
      const pending = held;
      held = null;
      resyncing = null;
      pending.forEach(([type, event]) => apply(type, event));
    }
  })();

  return resyncing;
}

function dispatch(type, event) {
  if (held) {
    held.push([type, event]);
  } else {
    apply(type, event);
  }
}

function apply(type, event) {
  const payload = event.payload ?? {};
  switch (type) {
    case 'job.created':
      applyNewJob(payload.job);
      applyJob(payload.job);
      break;
    case 'job.updated':
      applyJob(payload.job);
      break;
    case 'job.steps':
      applySteps(payload.job_id, payload.steps ?? []);
      break;
    case 'metric':
      applyMetrics(payload.points ?? []);
      break;
    case 'worker.heartbeat':
      workers.heartbeat(payload.worker);
      break;
    default:
      break;
  }
}

function applyJob(job) {
  jobs.upsert(job);
  jobView.onJob(job);
}

function applySteps(jobId, steps) {
  if (steps.length === 0) {
    return;
  }
  const mode = jobs.job(jobId)?.mode ?? null;
  history.appendSteps(jobId, steps, mode);
  jobView.onSteps(jobId, steps);
  const last = steps[steps.length - 1];
  applyLatestPoint({ ...last, timestamp: last.ts, mode });
}

function applyMetrics(points) {
  history.append(points);
  if (points.length > 0) {
    applyLatestPoint(points[points.length - 1]);
  }
}

function showConnection(state) {
  byId('connection-state').dataset.state = state;
  setText('connection-label', CONNECTION_LABELS[state]);
}

function route() {
  const match = JOB_ROUTE.exec(location.hash);
  byId('dashboard').hidden = Boolean(match);
  if (match) {
    window.scrollTo(0, 0);
    void jobView.show(match[1].toLowerCase());
  } else {
    jobView.hide();
  }
}

const feed = new LiveFeed({
  url: '/api/stream',
  onEvent: dispatch,
  onState: showConnection,
  poll: pollOnce,
  resync,
});

byId('refresh-all').addEventListener('click', async (event) => {
  const button = event.currentTarget;
  button.disabled = true;
  await resync();
  button.disabled = false;
  showControlMessage('success', `✓ Refreshed at ${new Date().toLocaleTimeString()}`);
});

setInterval(() => {
  if (feed.state === 'live') {
    void settle([
      ['Checking status', loadStatus],
      ['Checking service health', loadHealth],
    ]);
  }
}, HEALTH_REFRESH_MS);

window.addEventListener('hashchange', route);
showConnection(feed.state);
feed.start();
route();
