import { IsISO8601, IsOptional, Matches } from 'class-validator';

const LABEL = /^[A-Za-z0-9_. -]{1,64}$/;
const LABEL_RULE = '1 to 64 letters, digits, spaces, dots, hyphens or underscores';

/** Optional labels of a pushed point. */
export class MetricLabelsDto {
  @IsOptional()
  @Matches(LABEL, { message: `$property must be ${LABEL_RULE}` })
  algorithm?: string;

  @IsOptional()
  @Matches(LABEL, { message: `$property must be ${LABEL_RULE}` })
  mode?: string;

  /** When the values were measured; defaults to the time the API receives them. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' })
  timestamp?: string;
}
