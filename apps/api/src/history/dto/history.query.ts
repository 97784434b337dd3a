import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';

import { IntegerIn, QueryInteger } from '../../http/rules';

export const MAX_HISTORY_LIMIT = 10000;

/** The last `limit` points that match, returned oldest first (as the original did). */
export class HistoryQuery {
  @IsOptional()
  @QueryInteger()
  @IntegerIn(0, MAX_HISTORY_LIMIT)
  limit?: number;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' })
  to?: string;

  @IsOptional()
  @IsUUID('all', { message: '$property must be a UUID' })
  job_id?: string;

  @IsOptional()
  @IsIn(['job', 'external'], { message: '$property must be one of job, external' })
  source?: 'job' | 'external';
}
