import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { ServiceProcess } from './support/service-process';
import { TestEnvironment } from './support/test-environment';

const FIXTURES = path.join(__dirname, 'fixtures', 'guide');
const python = spawnSync('python3', ['-c', 'import requests'], { encoding: 'utf8' });

// The guide's own Python clients, run against real processes. They need python3 with
// `requests`; without it these tests are skipped (the same flows are covered in TypeScript).
const describeWithPython = python.status === 0 ? describe : describe.skip;

describeWithPython("the telemetry guide's Python scripts, unchanged", () => {
  let environment: TestEnvironment;
  let api: ServiceProcess & { url: string };
  let worker: ServiceProcess;

  const runScript = (name: string) =>
    spawnSync('python3', [path.join(FIXTURES, name)], {
      env: { ...process.env, QDASH_URL: api.url },
      encoding: 'utf8',
      timeout: 60000,
    });

  beforeAll(async () => {
    environment = await TestEnvironment.create();
    [api, worker] = await Promise.all([
      ServiceProcess.api('guide-api', environment.env()),
      ServiceProcess.worker('guide-worker', environment.env()),
    ]);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment.dispose();
  });

  it('pattern 2: pushes metrics, starts a calibration with no body and polls it to completed', async () => {
    const run = runScript('pattern2.py');
    const [jobId, status] = run.stdout.trim().split(' ');

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(status).toBe('completed');
    expect(await environment.prisma.metricPoint.count({ where: { jobId } })).toBe(25);
    expect(
      await environment.prisma.metricPoint.count({ where: { source: 'external', psi: 0.85 } }),
    ).toBe(1);
  });

  it('pattern 3: posts five steps with a 0.1 s timeout, all stored', async () => {
    const run = runScript('pattern3.py');
    const steps = await environment.prisma.metricPoint.findMany({
      where: { source: 'external', psi: 0.8 },
      orderBy: { step: 'asc' },
    });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(steps.map((point) => point.step)).toEqual([0, 1, 2, 3, 4]);
  });
});
