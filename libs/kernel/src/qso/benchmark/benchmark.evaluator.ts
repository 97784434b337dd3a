import { Configuration } from '../../scs/configuration';
import { Evaluation, EvaluationContext, Evaluator } from '../../scs/evaluator';
import { PerformanceTriplet } from '../../scs/performance-triplet';
import { BenchmarkReport } from './benchmark-report';
import { toBenchmarkRequest } from './benchmark-request';
import { measureBenchmark } from './run-benchmark';
import { MEASUREMENT_WORK_BUDGET } from './work-budget';

/** Options of the measuring evaluator. */
export interface BenchmarkEvaluatorOptions {
  /** Work cap per evaluation in amplitude updates; default MEASUREMENT_WORK_BUDGET. */
  workBudget?: number;
}

/**
 * The measuring evaluator of the calibration shell: every candidate is run for real (VQE or
 * QAOA, see runBenchmark) and scored by derivePerformance. The detail of an evaluation is the
 * full BenchmarkReport. Same configuration and seed, same evaluation, bit for bit; other
 * algorithms are refused with a QsoInputError.
 */
export class BenchmarkEvaluator implements Evaluator {
  readonly name = 'benchmark';
  private readonly workBudget: number;

  constructor(options: BenchmarkEvaluatorOptions = {}) {
    this.workBudget = options.workBudget ?? MEASUREMENT_WORK_BUDGET;
  }

  initial(config: Configuration, seed: number): Evaluation {
    return this.measure(config, seed);
  }

  /** Measures the candidate; the calibrator's current performance plays no part. */
  evaluate(candidate: Configuration, context: EvaluationContext): Evaluation {
    return this.measure(candidate, context.seed);
  }

  /** The current configuration was measured when it was accepted; its triplet stands. */
  observe(_current: Configuration, currentPerformance: PerformanceTriplet): PerformanceTriplet {
    return currentPerformance;
  }

  private measure(config: Configuration, seed: number): Evaluation {
    const report = measureBenchmark(toBenchmarkRequest(config, seed, this.workBudget));

    return {
      performance: new PerformanceTriplet(report.psi, report.rho, report.omega),
      detail: toDetail(report),
    };
  }
}

function toDetail(report: BenchmarkReport): Record<string, unknown> {
  return { ...report };
}
