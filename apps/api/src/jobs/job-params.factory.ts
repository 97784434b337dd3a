import { BadRequestException } from '@nestjs/common';
import { randomInt } from 'node:crypto';

import { BenchmarkJobParams, CalibrationJobParams, JobType, Policy } from '@qdash/common';
import { Configuration, defaultConfiguration, validateConfiguration } from '@qdash/kernel';

import type { CreateJobDto } from './dto/create-job.dto';
import { MAX_SEED } from './dto/create-job.dto';

/** Steps a calibration runs when the request does not say. */
export const DEFAULT_STEPS = 25;

/** Algorithms the benchmark evaluator can run (and benchmark jobs can measure). */
const MEASURABLE = ['VQE', 'QAOA'];

export interface PlannedJob {
  type: JobType;
  algorithm: string;
  policy: Policy;
  stepsTotal: number;
  params: CalibrationJobParams | BenchmarkJobParams;
}

/**
 * Completes a request into stored parameters: defaults filled in, a seed drawn when none was
 * given, and the combined configuration checked by the kernel's own rules. Any problem is a 400
 * naming every field at fault; nothing has been stored yet.
 */
export function planJob(dto: CreateJobDto): PlannedJob {
  const type = dto.type ?? 'calibration';
  const policy = dto.mode ?? dto.policy ?? 'explore';
  const config = startingConfiguration(dto);
  const evaluator = dto.evaluator ?? 'benchmark';
  const problems = validateConfiguration(config).map((problem) => `config.${problem}`);
  problems.push(...typeProblems(dto, type));
  const measured = type === 'benchmark' || evaluator === 'benchmark';
  if (measured && !MEASURABLE.includes(config.algorithm)) {
    problems.push(`algorithm must be one of ${MEASURABLE.join(', ')} when it is measured`);
  }
  if (problems.length > 0) {
    throw new BadRequestException({ message: problems.join('; ') });
  }

  const seed = dto.seed ?? randomInt(MAX_SEED + 1);
  if (type === 'benchmark') {
    const suite = dto.suite ?? false;

    return {
      type,
      algorithm: config.algorithm,
      policy,
      stepsTotal: 1,
      params: { suite, seed, config },
    };
  }
  const steps = dto.steps ?? DEFAULT_STEPS;

  return {
    type,
    algorithm: config.algorithm,
    policy,
    stepsTotal: steps,
    params: { steps, seed, evaluator, policy, config },
  };
}

function startingConfiguration(dto: CreateJobDto): Configuration {
  const defaults = defaultConfiguration();
  // A DTO instance carries every declared field, unset ones as undefined: keep only the set ones.
  const given = Object.entries(dto.config ?? {}).filter(([, value]) => value !== undefined);

  return {
    ...defaults,
    ...Object.fromEntries(given),
    algorithm: dto.algorithm ?? defaults.algorithm,
  };
}

function typeProblems(dto: CreateJobDto, type: JobType): string[] {
  const problems: string[] = [];
  if (type === 'calibration' && dto.suite !== undefined) {
    problems.push('suite applies to benchmark jobs only');
  }
  if (type === 'benchmark' && dto.steps !== undefined) {
    problems.push('steps applies to calibration jobs only');
  }
  if (type === 'benchmark' && dto.evaluator !== undefined) {
    problems.push('evaluator applies to calibration jobs only');
  }
  if (dto.mode !== undefined && dto.policy !== undefined && dto.mode !== dto.policy) {
    problems.push('mode and policy name the same setting and must agree');
  }

  return problems;
}
