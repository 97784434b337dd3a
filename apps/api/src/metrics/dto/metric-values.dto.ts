import { IsDefined } from 'class-validator';

import { NumberIn } from '../../http/rules';

/** ψ, ρ and ω, each required and in [0, 1]. */
export class MetricValuesDto {
  @IsDefined({ message: '$property is required' })
  @NumberIn(0, 1)
  psi!: number;

  @IsDefined({ message: '$property is required' })
  @NumberIn(0, 1)
  rho!: number;

  @IsDefined({ message: '$property is required' })
  @NumberIn(0, 1)
  omega!: number;
}
