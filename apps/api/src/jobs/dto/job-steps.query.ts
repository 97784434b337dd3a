import { IsOptional } from 'class-validator';

import { IntegerIn, QueryInteger } from '../../http/rules';

/** A page of a job's steps: the steps numbered above `after`, at most `limit` of them. */
export class JobStepsQuery {
  @IsOptional()
  @QueryInteger()
  @IntegerIn(0, 2147483647)
  after?: number;

  @IsOptional()
  @QueryInteger()
  @IntegerIn(1, 1000)
  limit?: number;
}
