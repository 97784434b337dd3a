import { request } from './support/http';
import { jobParams, referenceTrajectory, storedTrajectory } from './support/job-fixtures';
import { ServiceProcess } from './support/service-process';
import { TestEnvironment } from './support/test-environment';
import { waitUntil } from './support/wait-until';

/** Long enough (about 20 ms a step) that a worker can be stopped part-way through. */
const SLOW_JOB = { steps: 200, seed: 21, evaluator: 'benchmark', config: { ansatz_depth: 3 } };

describe('nothing acknowledged is lost (real processes, PostgreSQL and Redis)', () => {
  let environment: TestEnvironment;
  let api: ServiceProcess & { url: string };
  const workers: ServiceProcess[] = [];

  const startWorker = async (name: string, env: Record<string, string> = {}) => {
    const worker = await ServiceProcess.worker(name, environment.env(env));
    workers.push(worker);

    return worker;
  };
  const create = async (body: object): Promise<string> =>
    (await request(api.url, 'POST', '/api/jobs', body)).body.job_id;
  const row = (id: string) => environment.prisma.job.findUniqueOrThrow({ where: { id } });
  const completed = (id: string, timeoutMs = 60000) =>
    waitUntil(
      `job ${id} to complete`,
      async () => ((await row(id)).status === 'completed' ? true : undefined),
      timeoutMs,
    );
  const partway = (id: string) =>
    waitUntil(`job ${id} to store its first batch`, async () => {
      const job = await row(id);

      return job.stepsDone > 0 ? job : undefined;
    });
  const expectUninterruptedTrajectory = async (id: string) => {
    const stored = await storedTrajectory(environment, id);
    const distinct = await environment.prisma.metricPoint.groupBy({
      by: ['step'],
      where: { jobId: id },
    });

    expect(stored).toHaveLength(SLOW_JOB.steps);
    expect(distinct).toHaveLength(SLOW_JOB.steps);
    expect(stored).toEqual(referenceTrajectory(await jobParams(environment, id)));
  };

  beforeAll(async () => {
    environment = await TestEnvironment.create();
    api = await ServiceProcess.api('resilience-api', environment.env());
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop('SIGKILL')));
  });

  afterAll(async () => {
    await api?.stop();
    await environment.dispose();
  });

  it('finishes a job whose worker was killed with SIGKILL, with the same steps and none doubled', async () => {
    await startWorker('killed-worker');
    const id = await create(SLOW_JOB);
    const atKill = await partway(id);
    await workers[0].stop('SIGKILL');

    expect(atKill.stepsDone).toBeLessThan(SLOW_JOB.steps);
    await startWorker('rescuing-worker');
    await completed(id);

    const job = await row(id);
    expect(job.attempts).toBeGreaterThanOrEqual(2);
    await expectUninterruptedTrajectory(id);
  });

  it('drains on SIGTERM: stores what it has, hands the job back, and another worker continues it', async () => {
    const draining = await startWorker('draining-worker');
    const id = await create(SLOW_JOB);
    await partway(id);

    const exit = await draining.stop('SIGTERM');
    const released = await row(id);

    expect([0, null]).toContain(exit.code);
    expect(draining.logs).toContain('Draining 1 in-flight job(s)');
    expect(released.status).toBe('pending');
    expect(released.stepsDone).toBeGreaterThan(0);
    expect(released.stepsDone).toBeLessThan(SLOW_JOB.steps);
    expect(draining.logs).toContain(`Job ${id} released`);

    await startWorker('continuing-worker');
    await completed(id);
    await expectUninterruptedTrajectory(id);
  });

  it('loses nothing when the API is killed and restarted while a job runs', async () => {
    await startWorker('steady-worker');
    const before = await request(api.url, 'GET', '/api/jobs?limit=1000');
    const id = await create(SLOW_JOB);
    await partway(id);
    await api.stop('SIGKILL');

    api = await ServiceProcess.api('restarted-api', environment.env());
    await completed(id);
    const after = await request(api.url, 'GET', '/api/jobs?limit=1000');
    const history = await request(api.url, 'GET', `/api/history?job_id=${id}`);

    expect(after.body.map((job: any) => job.id)).toEqual([
      id,
      ...before.body.map((job: any) => job.id),
    ]);
    expect(history.body).toHaveLength(SLOW_JOB.steps);
    // One attempt: the kernel thread never held up the lock renewals (the lock is 2 s here).
    expect((await row(id)).attempts).toBe(1);
    await expectUninterruptedTrajectory(id);
  });

  it('re-queues, once, a pending job whose queue entry was lost in a Redis flush', async () => {
    const id = await create({ steps: 20, seed: 4, evaluator: 'estimate' });
    const entry = `${environment.queuePrefix}:bull:calibration:${id}`;
    expect(await environment.redis.exists(entry)).toBe(1);

    await environment.flushRedis();
    expect(await environment.redis.exists(entry)).toBe(0);
    await startWorker('after-flush-worker');
    await completed(id, 20000);

    const job = await row(id);
    expect(job.attempts).toBe(1);
    expect(api.logs.match(new RegExp(`Re-queued job ${id}`, 'g'))).toHaveLength(1);
    expect(await environment.prisma.metricPoint.count({ where: { jobId: id } })).toBe(20);
  });

  it('computes the same measured trajectory for the same seed on two different workers', async () => {
    const body = {
      steps: 40,
      seed: 77,
      evaluator: 'benchmark',
      config: { ansatz_type: 'EfficientSU2' },
    };
    const first = await startWorker('determinism-worker-1');
    const a = await create(body);
    await completed(a);
    await first.stop('SIGTERM');
    await startWorker('determinism-worker-2');
    const b = await create(body);
    await completed(b);

    const [jobA, jobB] = await Promise.all([row(a), row(b)]);
    expect(jobA.workerId).not.toBe(jobB.workerId);
    expect(await storedTrajectory(environment, b)).toEqual(await storedTrajectory(environment, a));
    expect(jobA.attempts).toBe(1);
  });

  it('shares one queue between two workers, and both do work', async () => {
    const [first, second] = await Promise.all([
      startWorker('shared-worker-1', { WORKER_CONCURRENCY: '1' }),
      startWorker('shared-worker-2', { WORKER_CONCURRENCY: '1' }),
    ]);
    const ids = [];
    for (let seed = 0; seed < 6; seed++) {
      ids.push(await create({ steps: 25, seed, evaluator: 'benchmark' }));
    }
    await Promise.all(ids.map((id) => completed(id)));

    const rows = await environment.prisma.job.findMany({ where: { id: { in: ids } } });
    const byWorker = new Set(rows.map((job) => job.workerId));

    expect(byWorker.size).toBe(2);
    expect(first.logs).toMatch(/Job \S+ completed/);
    expect(second.logs).toMatch(/Job \S+ completed/);
  });
});
