import type { Browser, Page, Request } from 'playwright-core';

import { request } from '../support/http';
import { ServiceProcess } from '../support/service-process';
import { TestEnvironment } from '../support/test-environment';
import { waitUntil } from '../support/wait-until';
import {
  collectProblems,
  connectionLabel,
  expectStepChartMatchesStoredSteps,
  freePort,
  launchChromium,
  listedProgress,
  readChart,
  readJobView,
  screenshots,
  waitForConnection,
} from './dashboard-page';

// The dashboard keeps the newest 500 history points, 2000 steps of a job and 1000 note rows.
const HISTORY_CAP = 500;
const STEP_CAP = 2000;
const NOTE_ROWS = 1000;
/** Over the step cap, and long enough (an estimate step takes about 0.7 ms) to watch it run. */
const LIVE_RUN_STEPS = 10000;
const POLLING = 'Polling — stream offline';

function completedItem(jobId: string): string {
  return `.job-item[data-job-id="${jobId}"][data-status="completed"]`;
}

describe('dashboard in headless Chromium, against a real API, worker, PostgreSQL and Redis', () => {
  let environment: TestEnvironment;
  let env: Record<string, string>;
  let api: ServiceProcess & { url: string };
  let worker: ServiceProcess;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let liveJobId: string;

  beforeAll(async () => {
    environment = await TestEnvironment.create();
    // A fixed port, so the API can be restarted where the page expects it.
    env = environment.env({ METATRON__SERVER__PORT: String(await freePort()) });
    [api, worker, browser] = await Promise.all([
      ServiceProcess.api('browser-api', env),
      ServiceProcess.worker('browser-worker', env),
      launchChromium(),
    ]);
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    problems = collectProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment?.dispose();
  });

  it('loads with real status, health and workers, and logs no errors', async () => {
    await page.goto(api.url);
    await waitForConnection(page, 'Live');
    const workers = (await request(api.url, 'GET', '/api/workers')).body;
    await page.waitForSelector(`#worker-list tr[data-worker-id="${workers[0].id}"]`);

    expect(await page.textContent('#psi')).toBe('—');
    expect(await page.textContent('#backend-type')).toBe('SIMULATOR');
    expect(await page.textContent('#backend-name')).toBe('local_sim');
    expect(await page.textContent('#backend-qubits')).toBe('13 qubits');
    for (const dot of ['scs', 'dionice', 'qdash', 'database', 'redis', 'workers']) {
      expect(await page.getAttribute(`#${dot}-health`, 'class')).toContain('healthy');
    }
    expect(await page.textContent('#live-workers')).toBe('1 live worker');
    expect(await page.textContent('#job-list')).toContain('No jobs yet');
    const row = await page.textContent(`#worker-list tr[data-worker-id="${workers[0].id}"]`);
    expect(row).toContain(String(workers[0].pid));
    expect(await page.textContent('#service-facts')).toContain('worked example A reproduced');
    const chart = await readChart(page, 'metrics-chart');
    expect(chart).toMatchObject({ xTitle: 'Time (oldest → newest)', yTitle: 'Value (0–1)' });
    expect(chart!.datasets.map((dataset) => dataset.label)).toEqual([
      'ψ (Quality)',
      'ρ (Stability)',
      'ω (Efficiency)',
      'J = ψ·ρ·ω',
    ]);
    expect(problems).toEqual([]);
  });

  it("shows the server's own message when it refuses a parameter", async () => {
    await page.fill('#start-steps', '20000');
    await page.click('#start-calibration');

    const message = page.locator('#control-message.error');
    await message.waitFor();
    expect(await message.textContent()).toContain('steps must be an integer in [1, 10000]');
    expect((await request(api.url, 'GET', '/api/jobs')).body).toEqual([]);
  });

  it('starts a calibration whose progress and step chart update live until it completes', async () => {
    await page.fill('#start-steps', String(LIVE_RUN_STEPS));
    await page.fill('#start-seed', '11');
    await page.selectOption('#start-evaluator', 'estimate');
    await page.click('#start-calibration');
    await page.locator('#control-message.success').waitFor();
    // The new job is listed as soon as the API accepted it; open it before it gets far.
    liveJobId = (await page.getAttribute('.job-item', 'data-job-id'))!;
    await page.click(`.job-item[data-job-id="${liveJobId}"]`);
    const counts: number[] = [];
    const lastSteps: number[] = [];
    const progress = new Set<string>();
    const chartIds = new Set<number | null>();
    const final = await waitUntil(
      'the job view to show the job completed',
      async () => {
        const view = await readJobView(page);
        if (view.id !== liveJobId || view.lastStep === null) {
          return undefined;
        }
        chartIds.add(view.chartId);
        progress.add(view.progressLabel);
        if (view.lastStep !== lastSteps[lastSteps.length - 1]) {
          lastSteps.push(view.lastStep);
          counts.push(view.points);
        }
        const done = view.lastStep === LIVE_RUN_STEPS && view.newestNoteStep === LIVE_RUN_STEPS;
        return view.status === 'COMPLETED' && done ? view : undefined;
      },
      40000,
      25,
    );

    // Steps arrived in several batches while it ran, on one chart that was never rebuilt; the
    // point count grew until the cap, then the oldest steps made way for the newest.
    expect(lastSteps.length).toBeGreaterThanOrEqual(3);
    expect([...lastSteps].sort((a, b) => a - b)).toEqual(lastSteps);
    expect(new Set(counts.filter((count) => count < STEP_CAP)).size).toBeGreaterThanOrEqual(2);
    expect(progress.size).toBeGreaterThanOrEqual(3);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    expect(chartIds.size).toBe(1);
    expect(final).toMatchObject({
      progressLabel: `${LIVE_RUN_STEPS} / ${LIVE_RUN_STEPS} steps (100%)`,
      points: STEP_CAP,
      newestNoteStep: LIVE_RUN_STEPS,
      oldestNoteStep: LIVE_RUN_STEPS - NOTE_ROWS + 1,
      noteRows: NOTE_ROWS,
    });
    const stored = (await request(api.url, 'GET', `/api/jobs/${liveJobId}`)).body;
    expect(stored).toMatchObject({
      status: 'completed',
      steps_done: LIVE_RUN_STEPS,
    });
    expect(stored.params).toMatchObject({ steps: LIVE_RUN_STEPS, seed: 11, evaluator: 'estimate' });
    await expectStepChartMatchesStoredSteps(page, api.url, liveJobId, LIVE_RUN_STEPS - STEP_CAP);
    await screenshots(page, 'job-view');
  });

  it('shows the stored history again after a reload', async () => {
    problems.length = 0; // the refused parameter above was logged as a failed (400) request
    await page.goto(api.url);
    await waitForConnection(page, 'Live');
    const stored = (await request(api.url, 'GET', `/api/history?limit=${HISTORY_CAP}`)).body;
    const chart = await waitUntil('the history chart to load', async () => {
      const snapshot = await readChart(page, 'metrics-chart');
      return snapshot && snapshot.labels.length === HISTORY_CAP ? snapshot : undefined;
    });

    expect(stored).toHaveLength(HISTORY_CAP);
    expect(chart.datasets[0].data).toEqual(stored.map((point: any) => point.psi));
    expect(chart.datasets[3].data).toEqual(stored.map((point: any) => point.j));
    expect(stored[HISTORY_CAP - 1]).toMatchObject({ job_id: liveJobId, step: LIVE_RUN_STEPS });
    expect(await page.textContent('#psi')).toBe(stored[HISTORY_CAP - 1].psi.toFixed(4));
    expect(await page.getAttribute(`.job-item[data-job-id="${liveJobId}"]`, 'data-status')).toBe(
      'completed',
    );
    expect(await listedProgress(page, liveJobId)).toBe(1);
    await screenshots(page, 'dashboard');
    expect(problems).toEqual([]);
  });

  it("marks a measured run's rejected steps and regime switches, with the kernel's notes", async () => {
    const started = await request(api.url, 'POST', '/api/jobs', { steps: 40, seed: 3 });
    const jobId = started.body.job_id as string;
    await page.goto(`${api.url}/#/jobs/${jobId}`);
    await waitUntil('the measured run to complete in the job view', async () => {
      const view = await readJobView(page);
      return view.status === 'COMPLETED' && view.lastStep === 40 && view.newestNoteStep === 40;
    });

    await expectStepChartMatchesStoredSteps(page, api.url, jobId, 0);
    const stored = (await request(api.url, 'GET', `/api/jobs/${jobId}/steps?limit=40`)).body.steps;
    const firstNote = await page.textContent('#notes-body tr[data-step="1"] td.notes');
    expect(firstNote).toBe(stored[0].notes || '—');
    const result = (await request(api.url, 'GET', `/api/jobs/${jobId}`)).body.result;
    expect(await page.textContent('#job-view-result')).toContain(
      `${result.accepted_steps} of 40 steps`,
    );
    await screenshots(page, 'job-view-measured');
  });

  it('cancels a running job, retries it and cancels the retry from the job view', async () => {
    // Measured (benchmark) steps take tens of milliseconds: this job runs for minutes.
    const long = await request(api.url, 'POST', '/api/jobs', { steps: 10000 });
    const originalId = long.body.job_id as string;
    await page.goto(`${api.url}/#/jobs/${originalId}`);
    await page.locator('#job-cancel:visible').click();
    await waitUntil('the job to show cancelled', async () => {
      return (await readJobView(page)).status === 'CANCELLED';
    });
    await page.locator('#job-retry:visible').click();
    const retryId = await waitUntil('the view to open the retry', () => {
      const match = /#\/jobs\/([0-9a-f-]{36})$/.exec(page.url());
      return match && match[1] !== originalId ? match[1] : undefined;
    });
    await waitUntil('the retry to show', async () => (await readJobView(page)).id === retryId);
    await page.locator('#job-cancel:visible').click();
    await waitUntil('the retry to show cancelled', async () => {
      return (await readJobView(page)).status === 'CANCELLED';
    });

    const original = (await request(api.url, 'GET', `/api/jobs/${originalId}`)).body;
    const retried = (await request(api.url, 'GET', `/api/jobs/${retryId}`)).body;
    expect(original.status).toBe('cancelled');
    expect(retried).toMatchObject({ status: 'cancelled', parent_id: originalId });
    expect(retried.params).toEqual(original.params);
    expect(await page.textContent('#job-view-params')).toContain(`${originalId.slice(0, 8)}…`);
    expect(await page.isVisible('#job-retry')).toBe(true);
    expect(await page.isVisible('#job-cancel')).toBe(false);
  });

  it('polls while the stream is down, keeps updating, and goes live again', async () => {
    await page.goto(api.url);
    await waitForConnection(page, 'Live');
    // A job while live, so the page holds an event id to resume from.
    const before = await request(api.url, 'POST', '/api/jobs', { evaluator: 'estimate', steps: 5 });
    await page.waitForSelector(completedItem(before.body.job_id));
    problems.length = 0;

    // The restarted API serves everything but the stream until the route is lifted.
    await page.route('**/api/stream*', (route) => route.abort());
    await api.stop();
    await waitForConnection(page, POLLING);
    api = await ServiceProcess.api('browser-api-restarted', env);
    const started = await request(api.url, 'POST', '/api/jobs', {
      evaluator: 'estimate',
      steps: 1500,
      seed: 5,
    });
    await page.waitForSelector(completedItem(started.body.job_id), { timeout: 20000 });
    const stored = (await request(api.url, 'GET', `/api/history?limit=${HISTORY_CAP}`)).body;
    await waitUntil('the history chart to show the polled job', async () => {
      const j = (await readChart(page, 'metrics-chart'))!.datasets[3].data;
      return JSON.stringify(j) === JSON.stringify(stored.map((point: any) => point.j));
    });
    expect(stored[HISTORY_CAP - 1]).toMatchObject({ job_id: started.body.job_id, step: 1500 });
    expect(await connectionLabel(page)).toBe(POLLING);

    // The events the page would resume from are gone (as after pruning): the server answers
    // the reconnection with `reset`, and the page refetches the whole history.
    await environment.prisma.streamEvent.deleteMany();
    const resumed = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/stream' && url.searchParams.has('last_event_id');
    });
    const fullReload = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/history' && !url.searchParams.has('from');
    });
    await page.unroute('**/api/stream*');
    await waitForConnection(page, 'Live');
    expect((await resumed).status()).toBe(200);
    await fullReload;
    await expectNoPollingWhileLive();

    // Only the expected network failures of the outage were logged: no script errors.
    expect(problems.filter((problem) => !/Failed to load resource/.test(problem))).toEqual([]);
  });

  /** A poll would fetch the jobs list within 5 s; watch a little longer while a job runs live. */
  async function expectNoPollingWhileLive(): Promise<void> {
    const polls: string[] = [];
    const watch = (sent: Request) => {
      const { pathname } = new URL(sent.url());
      if (pathname === '/api/jobs' && sent.method() === 'GET') {
        polls.push(pathname);
      }
    };
    page.on('request', watch);
    const watchUntil = Date.now() + 6000;
    const started = await request(api.url, 'POST', '/api/jobs', {
      evaluator: 'estimate',
      steps: 50,
    });
    await page.waitForSelector(completedItem(started.body.job_id));
    await waitUntil('the polling window to pass', () => Date.now() >= watchUntil, 10000, 100);
    page.off('request', watch);

    expect(polls).toEqual([]);
  }
});
