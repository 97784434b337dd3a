import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { request } from './support/http';
import { startInProcessApi } from './support/in-process-api';
import { TestEnvironment } from './support/test-environment';

describe('HTTP API contract (no worker running)', () => {
  let environment: TestEnvironment;
  let app: NestFastifyApplication;
  let url: string;

  const counts = async () => ({
    jobs: await environment.prisma.job.count(),
    points: await environment.prisma.metricPoint.count(),
    events: await environment.prisma.streamEvent.count(),
  });

  beforeAll(async () => {
    environment = await TestEnvironment.create();
    ({ app, url } = await startInProcessApi(environment));
  });

  afterAll(async () => {
    await app.close();
    await environment.dispose();
  });

  it('starts a calibration from a POST with no body at all, as the telemetry guide does', async () => {
    const response = await fetch(`${url}/api/control/start_calibration`, { method: 'POST' });
    const body = (await response.json()) as { job_id: string; message: string };

    expect(response.status).toBe(202);
    expect(body.message).toBe('Calibration job started');
    const job = await environment.prisma.job.findUniqueOrThrow({ where: { id: body.job_id } });
    expect(job.status).toBe('pending');
    expect(job.type).toBe('calibration');
    const params = job.params as Record<string, any>;
    expect(params.steps).toBe(25);
    expect(params.evaluator).toBe('benchmark');
    expect(Number.isInteger(params.seed)).toBe(true);
    expect(
      await environment.redis.exists(`${environment.queuePrefix}:bull:calibration:${job.id}`),
    ).toBe(1);
  });

  it('accepts {} and full parameters, storing them completed with defaults', async () => {
    const empty = await request(url, 'POST', '/api/control/start_calibration', {});
    const full = await request(url, 'POST', '/api/jobs', {
      algorithm: 'qaoa',
      mode: 'Exploit',
      steps: 7,
      seed: 99,
      evaluator: 'estimate',
      config: { ansatz_type: 'EfficientSU2', ansatz_depth: 3, optimizer: 'lbfgs' },
    });

    expect(empty.status).toBe(202);
    expect(full.status).toBe(202);
    expect(full.body.job).toMatchObject({
      job_type: 'calibration',
      status: 'pending',
      algorithm: 'QAOA',
      mode: 'Exploit',
      steps_total: 7,
      progress: 0,
      metrics: { energy: null, accuracy: null, duration_secs: null, iterations: null },
    });
    expect(full.body.job.params).toMatchObject({
      steps: 7,
      seed: 99,
      evaluator: 'estimate',
      policy: 'exploit',
      config: {
        algorithm: 'QAOA',
        ansatz_type: 'EfficientSU2',
        ansatz_depth: 3,
        optimizer: 'LBFGS',
      },
    });
  });

  it('lists jobs newest first, filters by status and id prefix, and honours limit', async () => {
    const created = await request(url, 'POST', '/api/jobs', { evaluator: 'estimate', steps: 3 });
    const all = await request(url, 'GET', '/api/jobs');
    const limited = await request(url, 'GET', '/api/jobs?limit=1');
    const byPrefix = await request(url, 'GET', `/api/jobs?q=${created.body.job_id.slice(0, 8)}`);
    const completed = await request(url, 'GET', '/api/jobs?status=completed');

    expect(all.body[0].id).toBe(created.body.job_id);
    const times = all.body.map((job: any) => Date.parse(job.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(limited.body).toHaveLength(1);
    expect(byPrefix.body.map((job: any) => job.id)).toEqual([created.body.job_id]);
    expect(completed.body).toEqual([]);
  });

  it('answers a malformed id with 400 and an unknown one with a JSON 404', async () => {
    const malformed = await request(url, 'GET', '/api/jobs/not-a-uuid');
    const unknown = await request(url, 'GET', '/api/jobs/3f1e8a52-0000-4000-8000-000000000000');
    const unknownSteps = await request(
      url,
      'GET',
      '/api/jobs/3f1e8a52-0000-4000-8000-000000000000/steps',
    );

    expect(malformed).toMatchObject({
      status: 400,
      body: { statusCode: 400, message: 'id must be a UUID' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('job 3f1e8a52-0000-4000-8000-000000000000 does not exist');
    expect(unknownSteps.status).toBe(404);
  });

  it.each([
    ['steps out of range', { steps: 0 }, 'steps must be an integer in [1, 10000]'],
    ['a fractional seed', { seed: 1.5 }, 'seed must be an integer in [0, 4294967295]'],
    ['an unknown algorithm', { algorithm: 'Shor' }, 'algorithm must be one of VQE, QAOA'],
    ['an unknown policy', { mode: 'chaos' }, 'mode must be one of explore, exploit, homeostasis'],
    [
      'an unknown evaluator',
      { evaluator: 'oracle' },
      'evaluator must be one of estimate, benchmark',
    ],
    ['an unknown field', { colour: 'red' }, 'colour is not a known field'],
    [
      'a bad depth',
      { config: { ansatz_depth: 11 } },
      'config.ansatz_depth must be an integer in [1, 10]',
    ],
    [
      'an unmeasurable algorithm',
      { algorithm: 'Grover' },
      'algorithm must be one of VQE, QAOA when it is measured',
    ],
    ['a string number', { steps: '5' }, 'steps must be an integer in [1, 10000]'],
  ])(
    'rejects %s with a 400 naming the field and rule, storing nothing',
    async (_, body, message) => {
      const before = await counts();
      const response = await request(url, 'POST', '/api/jobs', body);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.message).toContain(message);
      expect(await counts()).toEqual(before);
    },
  );

  it('rejects malformed JSON and non-object bodies without storing anything', async () => {
    const before = await counts();
    const broken = await request(url, 'POST', '/api/control/start_calibration', '{"steps":', {
      'content-type': 'application/json',
    });
    const text = await request(url, 'POST', '/api/update_metrics', 'psi=1', {
      'content-type': 'text/plain',
    });

    expect(broken.status).toBe(400);
    expect(broken.body.message).toContain('not valid JSON');
    expect(text.status).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('records pushed metrics in the history and shows them in /api/status', async () => {
    const pushed = await request(url, 'POST', '/api/update_metrics', {
      psi: 0.91,
      rho: 0.82,
      omega: 0.73,
      algorithm: 'VQE',
      mode: 'Explore',
    });
    const step = await request(url, 'POST', '/api/update', {
      step: 4,
      metrics: { psi: 0.5, rho: 0.6, omega: 0.7 },
    });
    const status = await request(url, 'GET', '/api/status');
    const history = await request(url, 'GET', '/api/history?source=external');

    expect(pushed.status).toBe(201);
    expect(step.status).toBe(201);
    expect(step.body).toMatchObject({
      psi: 0.5,
      step: 4,
      source: 'external',
      algorithm: 'VQE',
      mode: 'Explore',
    });
    expect(status.body).toMatchObject({ psi: 0.5, rho: 0.6, omega: 0.7 });
    expect(history.body.map((point: any) => point.psi)).toEqual([0.91, 0.5]);
    expect(Object.keys(history.body[0]).slice(0, 5)).toEqual([
      'timestamp',
      'psi',
      'rho',
      'omega',
      'algorithm',
    ]);
  });

  it.each([
    ['/api/update_metrics', { psi: 1.2, rho: 0.5, omega: 0.5 }, 'psi must be a number in [0, 1]'],
    ['/api/update_metrics', { rho: 0.5, omega: 0.5 }, 'psi is required'],
    [
      '/api/update_metrics',
      { psi: 0.5, rho: 0.5, omega: 0.5, timestamp: 'yesterday' },
      'timestamp must be an ISO 8601',
    ],
    [
      '/api/update',
      { step: -1, metrics: { psi: 0.5, rho: 0.5, omega: 0.5 } },
      'step must be an integer',
    ],
    ['/api/update', { step: 1, metrics: { psi: 0.5, rho: 0.5 } }, 'metrics.omega is required'],
    ['/api/update', { step: 1 }, 'metrics is required'],
  ])('rejects bad input to %s (%j) and stores nothing', async (route, body, message) => {
    const before = await counts();
    const response = await request(url, 'POST', route, body);

    expect(response.status).toBe(400);
    expect(response.body.message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('validates history queries and returns points oldest first within the limit', async () => {
    const bad = await request(url, 'GET', '/api/history?limit=abc');
    const badSource = await request(url, 'GET', '/api/history?source=robot');
    const backwards = await request(
      url,
      'GET',
      '/api/history?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    );
    const last = await request(url, 'GET', '/api/history?limit=1');
    const none = await request(url, 'GET', '/api/history?to=2000-01-01T00:00:00Z');

    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('limit must be an integer');
    expect(badSource.status).toBe(400);
    expect(backwards.status).toBe(400);
    expect(last.body).toHaveLength(1);
    expect(last.body[0].psi).toBe(0.5);
    expect(none.body).toEqual([]);
  });

  it('reports health from real checks: database and Redis up, no worker yet', async () => {
    const health = await request(url, 'GET', '/api/health');
    const status = await request(url, 'GET', '/api/status');

    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'degraded',
      service: 'metatron_telemetry',
      checks: {
        database: { status: 'up' },
        redis: { status: 'up' },
        workers: { status: 'none', live: 0 },
        kernel: { status: 'up' },
      },
    });
    expect(status.body.backend_health).toEqual({
      scs_ready: false,
      dionice_ready: true,
      qdash_ready: true,
      database_ready: true,
      redis_ready: true,
      live_workers: 0,
    });
    expect(Object.keys(status.body)).toEqual([
      'algorithm',
      'mode',
      'psi',
      'rho',
      'omega',
      'backend_health',
      'backend_info',
      'available_backends',
      'triton_status',
      'last_update',
    ]);
  });

  it('serves the dashboard and Chart.js from the app, and JSON 404s for unknown API routes', async () => {
    const page = await fetch(`${url}/`);
    const chart = await fetch(`${url}/vendor/chart.js/chart.umd.min.js`);
    const missing = await request(url, 'GET', '/api/nothing-here');

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(chart.status).toBe(200);
    expect(await chart.text()).toContain('Chart');
    expect(missing.status).toBe(404);
    expect(missing.body.statusCode).toBe(404);
  });

  it('cancels a pending job once, and retries a finished one with the same parameters', async () => {
    const created = await request(url, 'POST', '/api/jobs', {
      evaluator: 'estimate',
      steps: 5,
      seed: 7,
    });
    const id = created.body.job_id;
    const cancelled = await request(url, 'POST', `/api/jobs/${id}/cancel`);
    const again = await request(url, 'POST', `/api/jobs/${id}/cancel`);
    const retried = await request(url, 'POST', `/api/jobs/${id}/retry`);

    expect(cancelled.body.status).toBe('cancelled');
    expect(again.status).toBe(409);
    expect(retried.status).toBe(202);
    expect(retried.body.job.parent_id).toBe(id);
    expect(retried.body.job.params).toEqual(created.body.job.params);
  });
});

describe('health when a dependency is down', () => {
  let environment: TestEnvironment;

  beforeAll(async () => {
    environment = await TestEnvironment.create();
  });

  afterAll(async () => {
    await environment.dispose();
  });

  it.each([
    ['Redis', { REDIS_URL: 'redis://127.0.0.1:1' }, 'redis'],
    ['PostgreSQL', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/qdash' }, 'database'],
  ])('answers 503 and names %s as down', async (_, overrides, check) => {
    const { app, url } = await startInProcessApi(environment, overrides);
    try {
      const health = await request(url, 'GET', '/api/health');
      const status = await request(url, 'GET', '/api/status');

      expect(health.status).toBe(503);
      expect(health.body.status).toBe('down');
      expect(health.body.checks[check]).toMatchObject({
        status: 'down',
        error: expect.any(String),
      });
      expect(status.status).toBe(200);
      expect(status.body.backend_health.qdash_ready).toBe(false);
    } finally {
      await app.close();
    }
  });
});
