import { IsOptional, IsString, MaxLength } from 'class-validator';

import { ANSATZ_TYPES, OPTIMIZERS } from '@qdash/kernel';

import { IntegerIn, NumberIn, OneOf } from '../../http/rules';

/** The parts of a starting configuration a client may set; the rest come from the defaults. */
export class JobConfigDto {
  @IsOptional()
  @OneOf(ANSATZ_TYPES)
  ansatz_type?: (typeof ANSATZ_TYPES)[number];

  @IsOptional()
  @IntegerIn(1, 10)
  ansatz_depth?: number;

  @IsOptional()
  @OneOf(OPTIMIZERS)
  optimizer?: (typeof OPTIMIZERS)[number];

  @IsOptional()
  @NumberIn(0.000001, 1)
  learning_rate?: number;

  @IsOptional()
  @IntegerIn(1, 500)
  max_iterations?: number;

  @IsOptional()
  @IntegerIn(1, 5)
  num_random_starts?: number;

  @IsOptional()
  @IsString({ message: '$property must be a string' })
  @MaxLength(100, { message: '$property must be at most 100 characters' })
  name?: string;
}
