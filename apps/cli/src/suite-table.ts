import { VqeSuiteReport, VqeSuiteResult } from '@qdash/kernel';

import { fixed1, fixed6 } from './benchmark-output';
import { fixed4 } from './output-format';

interface Column {
  heading: string;
  /** Numbers are right-aligned, names left-aligned. */
  numeric: boolean;
  cell: (result: VqeSuiteResult) => string;
}

const COLUMNS: readonly Column[] = [
  { heading: 'ansatz', numeric: false, cell: (result) => result.ansatz_type },
  { heading: 'depth', numeric: true, cell: (result) => String(result.ansatz_depth) },
  { heading: 'optimizer', numeric: false, cell: (result) => result.optimizer },
  { heading: 'starts', numeric: true, cell: (result) => String(result.num_random_starts) },
  { heading: 'energy', numeric: true, cell: (result) => fixed6(result.ground_energy) },
  { heading: 'iterations', numeric: true, cell: (result) => String(result.iterations) },
  { heading: 'evaluations', numeric: true, cell: (result) => String(result.quantum_evaluations) },
  { heading: 'converged', numeric: false, cell: (result) => (result.converged ? 'yes' : 'no') },
  { heading: 'quality', numeric: true, cell: (result) => fixed4(result.quality_score) },
];

/** The text `suite` prints without --json: one row per configuration, then the suite totals. */
export function formatSuiteLines(suite: VqeSuiteReport): string[] {
  const rows = [
    COLUMNS.map((column) => column.heading),
    ...suite.results.map((result) => COLUMNS.map((column) => column.cell(result))),
  ];
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => row[index].length)));
  const table = rows.map((row) =>
    row
      .map((cell, index) =>
        COLUMNS[index].numeric ? cell.padStart(widths[index]) : cell.padEnd(widths[index]),
      )
      .join('  ')
      .trimEnd(),
  );

  return [...table, '', ...formatTotals(suite)];
}

function formatTotals(suite: VqeSuiteReport): string[] {
  const timing = suite.performance_metrics;
  const quality = suite.quality_metrics;
  const iterations = suite.results.reduce((sum, result) => sum + result.iterations, 0);
  const elapsed = `${fixed1(timing.total_execution_time_ms)} ms`;
  const rates =
    `${fixed4(timing.avg_iteration_time_ms)} ms/iteration, ` +
    `${Math.round(timing.evaluations_per_second)} evaluations/s`;
  const energies =
    `best ${fixed6(quality.best_ground_energy)}, worst ${fixed6(quality.worst_ground_energy)}, ` +
    `mean ${fixed6(quality.avg_ground_energy)}, variance ${fixed6(quality.energy_variance)}`;

  return [
    `Total: ${suite.results.length} configurations, ${iterations} iterations, ` +
      `${timing.total_quantum_evaluations} evaluations in ${elapsed} (${rates})`,
    `Energy: ${energies}`,
    `Convergence rate: ${fixed4(quality.convergence_rate)}`,
  ];
}
