import { BenchmarkReport, formatRustFixed } from '@qdash/kernel';

import { fixed4, formatTriplet } from './output-format';

/** The original vqe_bench's per-result keys, then ψ, ρ, ω: the head of `benchmark --json`. */
const LEADING_KEYS = [
  'ground_energy',
  'classical_ground',
  'approximation_error',
  'iterations',
  'quantum_evaluations',
  'converged',
  'quality_score',
  'final_gradient_norm',
  'psi',
  'rho',
  'omega',
] as const satisfies readonly (keyof BenchmarkReport)[];

/**
 * The report of `benchmark --json`: the leading keys in the original's order, then the rest of
 * the report in its own order, then the wall time the CLI measured.
 */
export function orderBenchmarkReport(
  report: BenchmarkReport,
  executionMs: number,
): Record<string, unknown> {
  const leading = Object.fromEntries(LEADING_KEYS.map((key) => [key, report[key]]));

  // Spreading the report after the leading keys keeps their positions and appends the others.
  return { ...leading, ...report, execution_time_ms: executionMs };
}

/** Six decimals for energies, whose interesting digits sit past the fourth. */
export function fixed6(value: number): string {
  return formatRustFixed(value, 6);
}

/** The text block `benchmark` prints without --json. */
export function formatBenchmarkLines(report: BenchmarkReport, executionMs: number): string[] {
  const starts = `${report.num_random_starts} start${report.num_random_starts === 1 ? '' : 's'}`;
  const heading = `${describeCircuit(report)} / ${describeOptimizer(report)}, ${starts}`;
  const capped =
    report.iteration_limit < report.max_iterations ? `, capped at ${report.iteration_limit}` : '';

  return [
    `Benchmark: ${heading}, seed ${report.seed}`,
    `  Energy: ${fixed6(report.ground_energy)}`,
    `  Exact ground: ${fixed6(report.classical_ground)}`,
    `  Error: ${fixed6(report.approximation_error)}`,
    `  Iterations: ${report.iterations} (of ${report.max_iterations}${capped})`,
    `  Evaluations: ${report.quantum_evaluations}`,
    `  Converged: ${report.converged}`,
    `  Quality: ${fixed4(report.quality_score)}`,
    ...formatCutLines(report),
    `  Performance: ${formatTriplet(report)}`,
    `  Time: ${fixed1(executionMs)} ms`,
  ];
}

/** QAOA only: the expected cut against the maximum cut. */
function formatCutLines(report: BenchmarkReport): string[] {
  const { expected_cut: expected, max_cut: maxCut, approximation_ratio: ratio } = report;
  if (expected === undefined || maxCut === undefined || ratio === undefined) {
    return [];
  }

  return [`  Cut: ${fixed4(expected)} of ${maxCut} (ratio ${fixed4(ratio)})`];
}

function describeCircuit(report: BenchmarkReport): string {
  if (report.ansatz_type === null) {
    return `${report.algorithm} / MaxCut on ${report.problem} (p ${report.ansatz_depth})`;
  }

  return `${report.algorithm} / ${report.ansatz_type} (depth ${report.ansatz_depth})`;
}

function describeOptimizer(report: BenchmarkReport): string {
  const runsAs = report.optimizer_run === report.optimizer ? '' : ` as ${report.optimizer_run}`;

  return `${report.optimizer}${runsAs} (lr ${fixed4(report.learning_rate)})`;
}

/** One decimal, for milliseconds. */
export function fixed1(value: number): string {
  return formatRustFixed(value, 1);
}
