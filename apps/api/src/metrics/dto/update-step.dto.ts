import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';

import { IntegerIn } from '../../http/rules';
import { MetricLabelsDto } from './metric-labels.dto';
import { MetricValuesDto } from './metric-values.dto';

/** `POST /api/update`: the telemetry guide's pattern 3, one step of an external loop. */
export class UpdateStepDto extends MetricLabelsDto {
  @IsDefined({ message: '$property is required' })
  @IntegerIn(0, 2147483647)
  step!: number;

  @IsDefined({ message: '$property is required' })
  @IsObject({ message: '$property must be an object with psi, rho and omega' })
  @ValidateNested()
  @Type(() => MetricValuesDto)
  metrics!: MetricValuesDto;
}
