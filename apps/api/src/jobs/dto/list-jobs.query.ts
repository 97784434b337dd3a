import { IsIn, IsOptional, Matches } from 'class-validator';

import type { JobStatus, JobType } from '@qdash/common';

import { IntegerIn, QueryInteger } from '../../http/rules';

const STATUSES: JobStatus[] = ['pending', 'running', 'completed', 'failed', 'cancelled'];

export class ListJobsQuery {
  @IsOptional()
  @QueryInteger()
  @IntegerIn(0, 1000)
  limit?: number;

  @IsOptional()
  @IsIn(STATUSES, { message: `$property must be one of ${STATUSES.join(', ')}` })
  status?: JobStatus;

  @IsOptional()
  @IsIn(['calibration', 'benchmark'], {
    message: '$property must be one of calibration, benchmark',
  })
  type?: JobType;

  /** The start of a job id (at least 4 hexadecimal digits, hyphens allowed). */
  @IsOptional()
  @Matches(/^[0-9a-fA-F-]{4,36}$/, {
    message: '$property must be 4 to 36 hexadecimal digits or hyphens (the start of a job id)',
  })
  q?: string;
}
