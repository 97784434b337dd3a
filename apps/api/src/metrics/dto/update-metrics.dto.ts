import { IntersectionType } from '@nestjs/mapped-types';

import { MetricLabelsDto } from './metric-labels.dto';
import { MetricValuesDto } from './metric-values.dto';

/** `POST /api/update_metrics`: the telemetry guide's pattern 2. */
export class UpdateMetricsDto extends IntersectionType(MetricValuesDto, MetricLabelsDto) {}
