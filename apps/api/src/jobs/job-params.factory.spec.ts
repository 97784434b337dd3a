import { BadRequestException } from '@nestjs/common';

import { defaultConfiguration } from '@qdash/kernel';

import type { CreateJobDto } from './dto/create-job.dto';
import { planJob } from './job-params.factory';

const messageOf = (request: CreateJobDto): string => {
  try {
    planJob(request);
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { message: string }).message;
  }

  throw new Error('expected a 400');
};

describe('planJob', () => {
  it('completes an empty request into a 25-step measured calibration with a drawn seed', () => {
    const plan = planJob({});

    expect(plan).toMatchObject({
      type: 'calibration',
      algorithm: 'VQE',
      policy: 'explore',
      stepsTotal: 25,
    });
    expect(plan.params).toMatchObject({ steps: 25, evaluator: 'benchmark', policy: 'explore' });
    expect(plan.params.config).toEqual(defaultConfiguration());
    expect(plan.params.seed).toBeGreaterThanOrEqual(0);
    expect(plan.params.seed).toBeLessThanOrEqual(4294967295);
  });

  it('keeps what the request sets and takes the rest from the defaults', () => {
    const plan = planJob({
      algorithm: 'QAOA',
      policy: 'exploit',
      seed: 3,
      config: { ansatz_depth: 4 },
    });

    expect(plan.params).toMatchObject({
      seed: 3,
      policy: 'exploit',
      config: { ...defaultConfiguration(), algorithm: 'QAOA', ansatz_depth: 4 },
    });
  });

  it('plans a benchmark job as one step, or the suite', () => {
    expect(planJob({ type: 'benchmark', seed: 1 })).toMatchObject({
      stepsTotal: 1,
      params: { suite: false, seed: 1 },
    });
    expect(planJob({ type: 'benchmark', suite: true }).params).toMatchObject({ suite: true });
  });

  it('refuses settings that do not belong to the job type, naming each', () => {
    expect(messageOf({ type: 'benchmark', steps: 3, evaluator: 'estimate' })).toBe(
      'steps applies to calibration jobs only; evaluator applies to calibration jobs only',
    );
    expect(messageOf({ suite: true })).toBe('suite applies to benchmark jobs only');
    expect(messageOf({ mode: 'explore', policy: 'exploit' })).toBe(
      'mode and policy name the same setting and must agree',
    );
  });

  it('lets only measurable algorithms be measured, but any be estimated', () => {
    expect(messageOf({ algorithm: 'Grover' })).toBe(
      'algorithm must be one of VQE, QAOA when it is measured',
    );
    expect(planJob({ algorithm: 'Grover', evaluator: 'estimate' }).algorithm).toBe('Grover');
  });
});
