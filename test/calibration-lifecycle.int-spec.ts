import { toJson } from '@qdash/common';
import { defaultConfiguration } from '@qdash/kernel';

import { request } from './support/http';
import { jobParams, referenceTrajectory, storedTrajectory } from './support/job-fixtures';
import { ServiceProcess } from './support/service-process';
import { SseReader } from './support/sse-reader';
import { TestEnvironment } from './support/test-environment';
import { waitUntil } from './support/wait-until';

describe('a calibration from HTTP request to stored history (real API and worker processes)', () => {
  let environment: TestEnvironment;
  let api: ServiceProcess & { url: string };
  let worker: ServiceProcess;

  const job = async (id: string) => (await request(api.url, 'GET', `/api/jobs/${id}`)).body;
  const finished = (id: string) =>
    waitUntil(`job ${id} to finish`, async () => {
      const current = await job(id);

      return ['completed', 'failed'].includes(current.status) ? current : undefined;
    });

  beforeAll(async () => {
    environment = await TestEnvironment.create();
    [api, worker] = await Promise.all([
      ServiceProcess.api('lifecycle-api', environment.env()),
      ServiceProcess.worker('lifecycle-worker', environment.env()),
    ]);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment.dispose();
  });

  it('runs the telemetry guide pattern 2 unchanged: push metrics, start with no body, poll to completed', async () => {
    const pushed = await request(api.url, 'POST', '/api/update_metrics', {
      psi: 0.8,
      rho: 0.7,
      omega: 0.6,
    });
    const started = await fetch(`${api.url}/api/control/start_calibration`, { method: 'POST' });
    const { job_id: jobId } = (await started.json()) as { job_id: string };
    const done = await finished(jobId);

    expect(pushed.status).toBe(201);
    expect(started.status).toBe(202);
    expect(done.status).toBe('completed');
    expect(done.steps_done).toBe(25);
    expect(done.progress).toBe(1);
    expect(done.metrics).toMatchObject({ iterations: 25, accuracy: done.result.final.psi });
    expect(done.metrics.energy).toBeLessThan(-11);
    expect(done.completed_at).not.toBeNull();
  });

  it('goes pending, running, completed and stores every step exactly once, as an uninterrupted run computes it', async () => {
    const created = await request(api.url, 'POST', '/api/jobs', {
      evaluator: 'estimate',
      steps: 120,
      seed: 5,
    });
    const jobId = created.body.job_id;
    const done = await finished(jobId);

    const statuses = await environment.prisma.streamEvent.findMany({
      where: { jobId, type: { in: ['job.created', 'job.updated'] } },
      orderBy: { id: 'asc' },
    });
    const sequence = statuses.map((event) => (event.payload as any).job.status);
    const collapsed = sequence.filter((status, index) => status !== sequence[index - 1]);
    const steps = await storedTrajectory(environment, jobId);

    expect(created.body.job.status).toBe('pending');
    expect(done.status).toBe('completed');
    expect(collapsed).toEqual(['pending', 'running', 'completed']);
    expect(steps.map((step) => step.step)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(steps).toEqual(referenceTrajectory(await jobParams(environment, jobId)));
    expect(done.result).toMatchObject({ steps: 120, evaluator: 'estimate', seed: 5 });
  });

  it('gives a seeded benchmark-evaluated calibration the same measured trajectory twice, with ψ falling as well as rising', async () => {
    const body = { steps: 30, seed: 11, evaluator: 'benchmark' };
    const first = (await request(api.url, 'POST', '/api/jobs', body)).body.job_id;
    const second = (await request(api.url, 'POST', '/api/jobs', body)).body.job_id;
    await Promise.all([finished(first), finished(second)]);

    const a = await storedTrajectory(environment, first);
    const b = await storedTrajectory(environment, second);
    const psi = a.map((step) => step.psi);
    const falls = psi.filter((value, i) => i > 0 && value < psi[i - 1]).length;
    const rises = psi.filter((value, i) => i > 0 && value > psi[i - 1]).length;

    expect(a).toHaveLength(30);
    expect(b).toEqual(a);
    expect(falls).toBeGreaterThan(0);
    expect(rises).toBeGreaterThan(0);
    expect(a.some((step) => !step.accepted)).toBe(true);
  });

  it('streams the run live over SSE, every step once, and replays what a reconnecting client missed', async () => {
    const live = await SseReader.open(api.url);
    const created = await request(api.url, 'POST', '/api/jobs', {
      evaluator: 'estimate',
      steps: 3000,
      seed: 9,
    });
    const jobId = created.body.job_id;
    await finished(jobId);
    await waitUntil('the completion to reach the stream', () =>
      live
        .of('job.updated')
        .some(
          (event) =>
            event.data.payload.job.id === jobId && event.data.payload.job.status === 'completed',
        ),
    );
    await live.close();

    const updates = live.of('job.updated').filter((event) => event.data.payload.job.id === jobId);
    const progress = updates.map((event) => event.data.payload.job.steps_done);
    const streamed = live
      .of('job.steps')
      .filter((event) => event.data.payload.job_id === jobId)
      .flatMap((event) => event.data.payload.steps.map((step: any) => step.step));
    expect(live.of('job.created').map((event) => event.data.payload.job.id)).toContain(jobId);
    expect(new Set(progress).size).toBeGreaterThan(10);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(streamed).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));

    const firstSteps = live.events.find(
      (event) => event.event === 'job.steps' && event.data.payload.job_id === jobId,
    )!;
    const resumed = await SseReader.open(api.url, firstSteps.id);
    await waitUntil('the replay to reach the completion', () =>
      resumed
        .of('job.updated')
        .some(
          (event) =>
            event.data.payload.job.status === 'completed' && event.data.payload.job.id === jobId,
        ),
    );
    await resumed.close();
    const replayedIds = resumed.events
      .filter((event) => event.id !== undefined)
      .map((event) => event.id);
    const expectedIds = live.events
      .filter((event) => event.id !== undefined && BigInt(event.id) > BigInt(firstSteps.id!))
      .map((event) => event.id);
    expect(replayedIds.slice(0, expectedIds.length)).toEqual(expectedIds);
  });

  it('serves the stored steps page by page and the job history through /api/history', async () => {
    const created = await request(api.url, 'POST', '/api/jobs', {
      evaluator: 'estimate',
      steps: 30,
      seed: 8,
    });
    const jobId = created.body.job_id;
    await finished(jobId);

    const page1 = await request(api.url, 'GET', `/api/jobs/${jobId}/steps?limit=20`);
    const page2 = await request(api.url, 'GET', `/api/jobs/${jobId}/steps?after=20&limit=20`);
    const history = await request(api.url, 'GET', `/api/history?job_id=${jobId}`);

    expect(page1.body.total).toBe(30);
    expect(page1.body.steps.map((step: any) => step.step)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(page2.body.steps.map((step: any) => step.step)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 21),
    );
    expect(page1.body.steps[0].detail).toHaveProperty('por');
    expect(page1.body.steps[0].notes).toContain('Exploration: 1 new patterns discovered');
    expect(history.body).toHaveLength(30);
    expect(
      history.body.every((point: any) => point.source === 'job' && point.job_id === jobId),
    ).toBe(true);
  });

  it('marks a job failed, once, when the kernel rejects its parameters', async () => {
    const row = await environment.prisma.job.create({
      data: {
        type: 'calibration',
        algorithm: 'Grover',
        mode: 'Explore',
        stepsTotal: 3,
        // Inserted directly: the API refuses this, but a worker must fail it cleanly anyway.
        params: toJson({
          steps: 3,
          seed: 1,
          evaluator: 'benchmark',
          policy: 'explore',
          config: { ...defaultConfiguration(), algorithm: 'Grover' },
        }),
      },
    });
    const done = await waitUntil(
      'the reconciler to queue and a worker to fail the job',
      async () => {
        const current = await job(row.id);

        return current.status === 'failed' ? current : undefined;
      },
    );

    expect(done.error).toContain('algorithm');
    expect(done.attempts).toBe(1);
    expect(worker.logs.match(new RegExp(`Job ${row.id} failed`, 'g'))).toHaveLength(1);
  });

  it('runs a benchmark job for one configuration, storing its report and its ψ/ρ/ω point', async () => {
    const body = {
      type: 'benchmark',
      seed: 3,
      config: { ansatz_type: 'Metatron', ansatz_depth: 1 },
    };
    const created = await request(api.url, 'POST', '/api/jobs', body);
    const done = await finished(created.body.job_id);
    const history = await request(api.url, 'GET', `/api/history?job_id=${done.id}`);

    expect(created.body.message).toBe('Benchmark job started');
    expect(done.status).toBe('completed');
    expect(done.result.report).toMatchObject({
      algorithm: 'VQE',
      ansatz_type: 'Metatron',
      ansatz_depth: 1,
    });
    expect(done.result.report.ground_energy).toBeLessThan(-12.99);
    expect(done.metrics.energy).toBe(done.result.report.ground_energy);
    expect(done.metrics.accuracy).toBe(done.result.report.quality_score);
    expect(history.body).toHaveLength(1);
    expect(history.body[0]).toMatchObject({
      psi: done.result.report.psi,
      rho: done.result.report.rho,
    });
  });

  it("runs the original's eight-configuration VQE suite as a benchmark job", async () => {
    const created = await request(api.url, 'POST', '/api/jobs', {
      type: 'benchmark',
      suite: true,
      seed: 1,
    });
    const done = await finished(created.body.job_id);
    const energies = done.result.report.results.map((row: any) => row.ground_energy);

    expect(done.status).toBe('completed');
    expect(done.result.report.results).toHaveLength(8);
    expect(energies[2]).toBeCloseTo(-12.998768560342132, 9);
    expect(energies[3]).toBeCloseTo(-11.826911667215722, 9);
    expect(done.result.report.performance_metrics.evaluations_per_second).toBeGreaterThan(0);
  });

  it('lists the live worker and reports every backend healthy', async () => {
    const workers = await request(api.url, 'GET', '/api/workers');
    const health = await request(api.url, 'GET', '/api/health');
    const status = await request(api.url, 'GET', '/api/status');

    expect(workers.body).toHaveLength(1);
    expect(workers.body[0]).toMatchObject({
      pid: expect.any(Number),
      concurrency: 2,
      current_jobs: [],
    });
    expect(health.body.status).toBe('ok');
    expect(status.body.backend_health).toMatchObject({
      scs_ready: true,
      dionice_ready: true,
      qdash_ready: true,
      live_workers: 1,
    });
  });
});
