import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';

import { POLICIES } from '@qdash/common';
import { ALGORITHMS, EVALUATOR_NAMES } from '@qdash/kernel';

import { IntegerIn, OneOf } from '../../http/rules';
import { JobConfigDto } from './job-config.dto';

export const MAX_STEPS = 10000;
export const MAX_SEED = 4294967295;

/**
 * Parameters of a new job. Every field is optional: `POST /api/control/start_calibration` with
 * no body at all starts a calibration with the defaults and a freshly drawn seed.
 */
export class CreateJobDto {
  @IsOptional()
  @IsIn(['calibration', 'benchmark'], {
    message: '$property must be one of calibration, benchmark',
  })
  type?: 'calibration' | 'benchmark';

  @IsOptional()
  @OneOf(ALGORITHMS)
  algorithm?: (typeof ALGORITHMS)[number];

  /** The DioniceKernel policy; `policy` is accepted as another name for it. */
  @IsOptional()
  @OneOf(POLICIES)
  mode?: (typeof POLICIES)[number];

  @IsOptional()
  @OneOf(POLICIES)
  policy?: (typeof POLICIES)[number];

  @IsOptional()
  @IntegerIn(1, MAX_STEPS)
  steps?: number;

  @IsOptional()
  @IntegerIn(0, MAX_SEED)
  seed?: number;

  @IsOptional()
  @OneOf(EVALUATOR_NAMES)
  evaluator?: (typeof EVALUATOR_NAMES)[number];

  /** Benchmark jobs only: run the original's eight-configuration VQE suite. */
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  suite?: boolean;

  @IsOptional()
  @IsObject({ message: '$property must be an object' })
  @ValidateNested()
  @Type(() => JobConfigDto)
  config?: JobConfigDto;
}
