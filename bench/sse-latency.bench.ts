/**
 * How fresh the dashboard's live stream is. Run with
 * `node -r @swc-node/register bench/sse-latency.bench.ts`.
 *
 * Starts an isolated database and Redis prefix, a real API and a real worker, opens
 * `GET /api/stream` from Node (fetch and a small SSE parser, as a browser's EventSource would
 * read it), runs calibrations and measures for every step how long after it was stored its
 * `job.steps` event arrived:
 *
 * - from commit: receipt time − the stream event row's `ts` (PostgreSQL's `now()` inside the
 *   transaction that stores the steps, so this slightly overstates the delay after commit);
 * - from computation: receipt time − the step's own `ts` (when the kernel computed it), which
 *   adds the worker's batching (up to 50 steps or 250 ms) and the write itself.
 *
 * A third listener subscribes to the Redis channel the API fans out from, which splits the delay
 * into "stored → published" (the rest of the transaction, commit and PUBLISH) and "published →
 * received over SSE" (the API's fan-out and HTTP). Baseline in the same run: a bare Redis
 * PUBLISH → SUBSCRIBE round trip between two ioredis connections with a payload of the size of
 * the largest `job.steps` event. The original dashboard polled every 5 s, so its
 * data was on average 2.5 s old (uniform over 0–5 s); that is the comparison printed last.
 * Everything runs on one machine, so all timestamps come from one clock. No assertions.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import { Redis } from 'ioredis';

import { redisKeys } from '@qdash/common';

import { request } from '../test/support/http';
import { ServiceProcess } from '../test/support/service-process';
import { TestEnvironment } from '../test/support/test-environment';
import { prepareTemplate, REDIS_URL } from '../test/support/test-infra';
import { waitUntil } from '../test/support/wait-until';

const ORIGINAL_POLL_MS = 5000;
const BASELINE_MESSAGES = 500;
const RUNS = [
  { name: 'estimate evaluator, 3000 steps', body: { evaluator: 'estimate', steps: 3000, seed: 1 } },
  { name: 'benchmark evaluator, 60 steps', body: { evaluator: 'benchmark', steps: 60, seed: 2 } },
];

interface JobAccepted {
  job_id: string;
  job: { steps_total: number };
}

/** The parts of a `job.steps` stream event this benchmark reads. */
interface JobStepsEvent {
  id: string;
  ts: string;
  payload: { job_id: string; steps: { ts: string }[] };
}

interface StreamMessage {
  event: string;
  data: string;
  receivedAt: number;
}

/** Wall-clock milliseconds with sub-millisecond resolution. */
function now(): number {
  return performance.timeOrigin + performance.now();
}

/** Reads `GET /api/stream` and calls `onMessage` for every complete event. */
async function openStream(
  url: string,
  onMessage: (message: StreamMessage) => void,
): Promise<AbortController> {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/stream`, { signal: abort.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const pump = async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      const receivedAt = now();
      buffer += value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const frame = parseFrame(buffer.slice(0, end), receivedAt);
        buffer = buffer.slice(end + 2);
        if (frame) {
          onMessage(frame);
        }
        end = buffer.indexOf('\n\n');
      }
    }
  };
  pump().catch((error: Error) => {
    if (error.name !== 'AbortError') {
      console.error(`stream read failed: ${error.message}`);
    }
  });

  return abort;
}

function parseFrame(frame: string, receivedAt: number): StreamMessage | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith('event:')) {
      event = line.slice(6).trim();
    } else if (line.startsWith('data:')) {
      data.push(line.slice(5).trimStart());
    }
  }

  return data.length > 0 ? { event, data: data.join('\n'), receivedAt } : null;
}

/** One `job.steps` event: when it was stored, published, received, and its steps' times. */
interface StepsEvent {
  id: string;
  jobId: string;
  storedAt: number;
  receivedAt: number;
  computedAt: number[];
  bytes: number;
}

/** Starts one calibration and returns its `job.steps` events once all have arrived. */
async function measureRun(url: string, body: object, events: StepsEvent[]): Promise<StepsEvent[]> {
  const started = await request<JobAccepted>(url, 'POST', '/api/jobs', body);
  const jobId = started.body.job_id;
  const status = async () =>
    (await request<{ status: string }>(url, 'GET', `/api/jobs/${jobId}`)).body.status;
  await waitUntil(
    `job ${jobId} to complete`,
    async () => (await status()) === 'completed',
    300000,
    100,
  );
  const total = started.body.job.steps_total;
  const ofJob = () => events.filter((event) => event.jobId === jobId);
  const steps = () => ofJob().reduce((sum, event) => sum + event.computedAt.length, 0);
  await waitUntil(`all ${total} steps on the stream`, () => steps() >= total, 10000);

  return ofJob();
}

/** Median and 95th percentile of a sample, in ms. */
function summarize(values: number[]): { median: number; p95: number; count: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

  return { median: at(0.5), p95: at(0.95), count: sorted.length };
}

/** PUBLISH → message between two connections, one message in flight at a time. */
async function redisBaseline(payloadBytes: number): Promise<number[]> {
  const publisher = new Redis(REDIS_URL);
  const subscriber = new Redis(REDIS_URL);
  const channel = `qdash-bench-${randomUUID()}`;
  const payload = 'x'.repeat(payloadBytes);
  const delays: number[] = [];
  let resolveNext: (() => void) | null = null;
  let sentAt = 0;
  subscriber.on('message', () => {
    delays.push(now() - sentAt);
    resolveNext?.();
  });
  await subscriber.subscribe(channel);
  for (let index = 0; index < BASELINE_MESSAGES; index++) {
    const received = new Promise<void>((resolve) => (resolveNext = resolve));
    sentAt = now();
    await publisher.publish(channel, payload);
    await received;
  }
  publisher.disconnect();
  subscriber.disconnect();

  return delays.slice(10); // the first round trips pay for connection warm-up
}

function line(label: string, stats: { median: number; p95: number; count: number }): string {
  const figures = `median ${stats.median.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms`;

  return `${label.padEnd(50)} ${figures} (n = ${stats.count})`;
}

/** Records when each stream event id was seen on the API's Redis channel. */
async function watchChannel(prefix: string, seen: Map<string, number>): Promise<Redis> {
  const subscriber = new Redis(REDIS_URL);
  subscriber.on('message', (_channel: string, message: string) => {
    const receivedAt = now();
    const event = JSON.parse(message) as { id?: string };
    if (event.id) {
      seen.set(event.id, receivedAt);
    }
  });
  await subscriber.subscribe(redisKeys(prefix).events);

  return subscriber;
}

function stepsEvent(message: StreamMessage): StepsEvent {
  const event = JSON.parse(message.data) as JobStepsEvent;

  return {
    id: event.id,
    jobId: event.payload.job_id,
    storedAt: Date.parse(event.ts),
    receivedAt: message.receivedAt,
    computedAt: event.payload.steps.map((step) => Date.parse(step.ts)),
    bytes: message.data.length,
  };
}

function printRun(name: string, events: StepsEvent[]): void {
  const perStep = (delay: (event: StepsEvent, computedAt: number) => number) =>
    events.flatMap((event) => event.computedAt.map((computedAt) => delay(event, computedAt)));

  console.log(`${name} (${events.length} job.steps events)`);
  console.log(
    line('  stored → SSE receipt, per step', summarize(perStep((e) => e.receivedAt - e.storedAt))),
  );
  console.log(
    line('  computed → SSE receipt, per step', summarize(perStep((e, at) => e.receivedAt - at))),
  );
}

function printTotals(
  events: StepsEvent[],
  published: Map<string, number>,
  baseline: ReturnType<typeof summarize>,
  bytes: number,
) {
  // Looked up now: the API's copy of a message can reach the stream before ours is handled.
  const seen = events.filter((event) => published.has(event.id));
  const sse = summarize(events.map((event) => event.receivedAt - event.storedAt));
  const fanOut = summarize(seen.map((event) => event.receivedAt - published.get(event.id)!));
  const commit = summarize(seen.map((event) => published.get(event.id)! - event.storedAt));
  const pollingMedian = ORIGINAL_POLL_MS / 2;
  const pollingP95 = ORIGINAL_POLL_MS * 0.95;

  console.log('\nall job.steps events');
  console.log(line('  stored → published (tx rest, commit, PUBLISH)', commit));
  console.log(line('  published → SSE receipt (API fan-out, HTTP)', fanOut));
  console.log(line('  stored → SSE receipt', sse));
  console.log(line(`  bare Redis PUBLISH→SUBSCRIBE, ${bytes} B`, baseline));
  console.log(
    `  ratio stored → SSE / bare Redis (medians): ${(sse.median / baseline.median).toFixed(0)}×`,
  );
  console.log(
    `  ratio API fan-out / bare Redis (medians): ${(fanOut.median / baseline.median).toFixed(1)}×`,
  );
  console.log(
    `\noriginal dashboard, polling every 5 s: data age median ${pollingMedian} ms, p95 ${pollingP95} ms`,
  );
  console.log(
    `  SSE is ${(pollingMedian / sse.median).toFixed(0)}× fresher at the median, ` +
      `${(pollingP95 / sse.p95).toFixed(0)}× at p95`,
  );
}

async function main(): Promise<void> {
  await prepareTemplate();
  const environment = await TestEnvironment.create();
  const env = environment.env();
  const [api, worker] = await Promise.all([
    ServiceProcess.api('bench-sse-api', env),
    ServiceProcess.worker('bench-sse-worker', env),
  ]);
  const published = new Map<string, number>();
  const channel = await watchChannel(environment.queuePrefix, published);
  const events: StepsEvent[] = [];
  const stream = await openStream(api.url, (message) => {
    if (message.event === 'job.steps') {
      events.push(stepsEvent(message));
    }
  });

  try {
    console.log('SSE latency: job.steps event receipt vs. the steps being stored\n');
    for (const run of RUNS) {
      printRun(run.name, await measureRun(api.url, run.body, events));
    }
    const bytes = Math.max(...events.map((event) => event.bytes));
    printTotals(events, published, summarize(await redisBaseline(bytes)), bytes);
  } finally {
    stream.abort();
    channel.disconnect();
    await Promise.all([api.stop(), worker.stop()]);
    await environment.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
