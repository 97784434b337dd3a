import { MAX_ANSATZ_DEPTH, QSO_ANSATZ_TYPES, QsoAnsatzType } from '../ansatz/create-ansatz';
import { REQUESTED_OPTIMIZERS, RequestedOptimizer } from '../optimizers/minimize-objective';
import { MAX_QAOA_DEPTH } from '../qaoa/qaoa';
import { assertIntegerInRange, assertPositiveFinite, QsoInputError } from '../qso-input.error';
import { assertSeedField, MAX_RUN_ITERATIONS, MAX_RUN_STARTS } from '../run-options';

/** The algorithms a benchmark can run for real. */
export const MEASURED_ALGORITHMS = ['VQE', 'QAOA'] as const;
export type MeasuredAlgorithm = (typeof MEASURED_ALGORITHMS)[number];

/** One configuration to measure, validated. */
export interface BenchmarkRequest {
  algorithm: MeasuredAlgorithm;
  /** The VQE ansatz; QAOA has its own circuit and ignores it. */
  ansatzType: QsoAnsatzType;
  /** Ansatz depth d (VQE) or number of layers p (QAOA). */
  depth: number;
  optimizer: RequestedOptimizer;
  learningRate: number;
  maxIterations: number;
  starts: number;
  seed: number;
  /** Work cap in amplitude updates (see iterationLimit); Infinity for none. */
  workBudget: number;
}

/** The request fields under their wire (Configuration) names, before validation. */
export interface BenchmarkFields {
  algorithm: string;
  ansatz_type: string;
  ansatz_depth: number;
  optimizer: string;
  learning_rate: number;
  max_iterations: number;
  num_random_starts: number;
}

/**
 * Validates a configuration's fields for measurement. Errors name the wire field and the rule:
 * only VQE and QAOA can be measured, the depth is bounded by the algorithm, and so on.
 */
export function toBenchmarkRequest(
  fields: BenchmarkFields,
  seed: number,
  workBudget: number,
): BenchmarkRequest {
  const algorithm = oneOf(
    'algorithm',
    fields.algorithm,
    MEASURED_ALGORITHMS,
    'only VQE and QAOA can be measured',
  );
  const ansatzType = oneOf(
    'ansatz_type',
    fields.ansatz_type,
    QSO_ANSATZ_TYPES,
    'must be a known ansatz',
  );
  const optimizer = oneOf(
    'optimizer',
    fields.optimizer,
    REQUESTED_OPTIMIZERS,
    'must be a known optimizer',
  );
  assertNumbers(fields, algorithm);
  assertSeedField(seed);
  if (!(workBudget > 0)) {
    throw new QsoInputError(
      'work_budget',
      'must be a number > 0 (Infinity for no cap)',
      workBudget,
    );
  }

  return {
    algorithm,
    ansatzType,
    depth: fields.ansatz_depth,
    optimizer,
    learningRate: fields.learning_rate,
    maxIterations: fields.max_iterations,
    starts: fields.num_random_starts,
    seed,
    workBudget,
  };
}

function assertNumbers(fields: BenchmarkFields, algorithm: MeasuredAlgorithm): void {
  const maxDepth = algorithm === 'QAOA' ? MAX_QAOA_DEPTH : MAX_ANSATZ_DEPTH;
  assertIntegerInRange('ansatz_depth', fields.ansatz_depth, 1, maxDepth);
  assertPositiveFinite('learning_rate', fields.learning_rate);
  assertIntegerInRange('max_iterations', fields.max_iterations, 1, MAX_RUN_ITERATIONS);
  assertIntegerInRange('num_random_starts', fields.num_random_starts, 1, MAX_RUN_STARTS);
}

function oneOf<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
  rule: string,
): T {
  const match = allowed.find((name) => name === value);
  if (match === undefined) {
    throw new QsoInputError(field, `${rule} (${allowed.join(', ')})`, value);
  }

  return match;
}
