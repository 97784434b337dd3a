import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

import { Browser, chromium, Page } from 'playwright-core';

import { request } from '../support/http';
import { ROOT } from '../support/test-infra';
import { waitUntil } from '../support/wait-until';

// The tests run under Node's lib, without DOM types: these name what exists in the page.
declare const document: any;
declare const Chart: any;

export const SCREENSHOT_DIR = path.join(ROOT, 'test-output', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A port that was free a moment ago, so an API can be restarted on the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Console errors and uncaught exceptions of a page, as text. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

  return problems;
}

/** What a Chart.js chart on the page holds: its instance id and each dataset's points. */
export interface ChartSnapshot {
  id: number;
  labels: string[];
  datasets: { label: string; data: any[] }[];
  xTitle: string;
  yTitle: string;
  legend: boolean;
}

export function readChart(page: Page, canvasId: string): Promise<ChartSnapshot | null> {
  return page.evaluate((id) => {
    const chart = Chart.getChart(document.getElementById(id));
    if (!chart) {
      return null;
    }

    return {
      id: chart.id,
      labels: [...(chart.data.labels ?? [])],
      datasets: chart.data.datasets.map((dataset: any) => ({
        label: dataset.label,
        data: dataset.data.map((point: any) => (typeof point === 'object' ? { ...point } : point)),
      })),
      xTitle: chart.options.scales.x.title.text,
      yTitle: chart.options.scales.y.title.text,
      legend: chart.options.plugins.legend.display !== false,
    };
  }, canvasId);
}

export async function connectionLabel(page: Page): Promise<string> {
  return (await page.textContent('#connection-label'))?.trim() ?? '';
}

export function waitForConnection(page: Page, label: string, timeoutMs = 20000): Promise<true> {
  return waitUntil(
    `the connection indicator to read "${label}"`,
    async () => (await connectionLabel(page)) === label || undefined,
    timeoutMs,
  );
}

/** How far the page scrolls sideways beyond the viewport (0 when nothing sticks out). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Full-page screenshots at a wide and a phone width; the viewport is restored afterwards. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize() ?? { width: 1400, height: 1000 };
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1000 });
    // Charts follow a viewport change on a later animation frame; until then they stick out.
    await waitUntil(`nothing to stick out sideways at ${width} px`, async () => {
      return (await horizontalOverflow(page)) <= 0;
    });
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize(original);
}

/** The job view as a user sees it, plus the identity and size of its step chart. */
export interface JobViewState {
  id: string;
  status: string;
  progressLabel: string;
  chartId: number | null;
  points: number;
  lastStep: number | null;
  noteRows: number;
  /** The notes table lists the newest step first. */
  newestNoteStep: number | null;
  oldestNoteStep: number | null;
}

export function readJobView(page: Page): Promise<JobViewState> {
  return page.evaluate(() => {
    const text = (id: string) => document.getElementById(id).textContent.trim();
    const chart = Chart.getChart(document.getElementById('step-chart'));
    const psi = chart ? chart.data.datasets[0].data : [];
    const rows = document.querySelectorAll('#notes-body tr');

    return {
      id: text('job-view-id'),
      status: text('job-view-status'),
      progressLabel: text('job-view-progress-label'),
      chartId: chart ? chart.id : null,
      points: psi.length,
      lastStep: psi.length > 0 ? psi[psi.length - 1].x : null,
      noteRows: rows.length,
      newestNoteStep: rows.length > 0 ? Number(rows[0].dataset.step) : null,
      oldestNoteStep: rows.length > 0 ? Number(rows[rows.length - 1].dataset.step) : null,
    };
  });
}

/** The progress a job's item in the Recent Jobs list shows, 0–1; undefined if not listed. */
export async function listedProgress(page: Page, jobId: string): Promise<number | undefined> {
  const value = await page
    .locator(`.job-item[data-job-id="${jobId}"] [role="progressbar"]`)
    .getAttribute('aria-valuenow', { timeout: 1000 })
    .catch(() => null);

  return value === null ? undefined : Number(value);
}

/** The step chart holds exactly the stored steps after `after`, markers where they belong. */
export async function expectStepChartMatchesStoredSteps(
  page: Page,
  apiUrl: string,
  jobId: string,
  after: number,
): Promise<void> {
  const steps: any[] = [];
  for (let cursor = after, more = true; more; cursor = steps[steps.length - 1]?.step) {
    const route = `/api/jobs/${jobId}/steps?after=${cursor}&limit=1000`;
    const batch = (await request(apiUrl, 'GET', route)).body.steps;
    steps.push(...batch);
    more = batch.length === 1000;
  }
  const chart = (await readChart(page, 'step-chart'))!;
  const [psi, , , j, rejected, regime] = chart.datasets;

  expect(psi.data.map((point) => point.x)).toEqual(steps.map((step) => step.step));
  expect(psi.data.map((point) => point.y)).toEqual(steps.map((step) => step.psi));
  expect(j.data.map((point) => point.y)).toEqual(steps.map((step) => step.j));
  const rejectedSteps = steps.filter((step) => step.accepted === false);
  expect(rejected.data).toEqual(rejectedSteps.map((step) => ({ x: step.step, y: step.j })));
  const switches = steps.filter((step) => step.regime_switch);
  expect(regime.data).toEqual(switches.map((step) => ({ x: step.step, y: step.j })));
  expect(rejectedSteps.length + switches.length).toBeGreaterThan(0);
  expect(chart).toMatchObject({
    xTitle: 'Calibration step',
    yTitle: 'Value (0–1)',
    legend: true,
  });
  expect(chart.datasets.map((dataset) => dataset.label)).toEqual([
    'ψ (Quality)',
    'ρ (Stability)',
    'ω (Efficiency)',
    'J = ψ·ρ·ω',
    'Rejected step',
    'Regime switch',
  ]);
}
