import { MetatronHamiltonian } from '../hamiltonian/metatron-hamiltonian';
import { runVqe } from '../vqe/vqe';

const UNIX_EPOCH = '1970-01-01T00:00:00.000Z';

/** One configuration of the original vqe_bench. */
export interface VqeSuiteConfiguration {
  ansatzType: 'HardwareEfficient' | 'EfficientSU2' | 'Metatron';
  depth: number;
  optimizer: 'Adam' | 'LBFGS';
  starts: number;
}

/** The original's eight configurations, in its order (bench settings: 100 iterations, α 0.01). */
export const VQE_SUITE_CONFIGURATIONS: readonly VqeSuiteConfiguration[] = [
  { ansatzType: 'HardwareEfficient', depth: 2, optimizer: 'Adam', starts: 1 },
  { ansatzType: 'EfficientSU2', depth: 2, optimizer: 'Adam', starts: 1 },
  { ansatzType: 'Metatron', depth: 1, optimizer: 'Adam', starts: 1 },
  { ansatzType: 'Metatron', depth: 2, optimizer: 'Adam', starts: 1 },
  { ansatzType: 'Metatron', depth: 3, optimizer: 'Adam', starts: 1 },
  { ansatzType: 'Metatron', depth: 2, optimizer: 'Adam', starts: 3 },
  { ansatzType: 'Metatron', depth: 2, optimizer: 'LBFGS', starts: 1 },
  { ansatzType: 'Metatron', depth: 2, optimizer: 'LBFGS', starts: 3 },
];

/** Inputs of one suite run; clock and metadata are injected so the library reads none. */
export interface VqeSuiteOptions {
  /** Seeds the HardwareEfficient and EfficientSU2 starts; every configuration gets this seed. */
  seed: number;
  /** Milliseconds from an arbitrary origin, read around each run; default: always 0. */
  now?: () => number;
  /** metadata.timestamp (UTC, ISO 8601); default the Unix epoch. */
  timestamp?: string;
  /** metadata.commit_hash; default 'unknown'. */
  commitHash?: string;
}

/** One row of the baseline file's `results`. */
export interface VqeSuiteResult {
  ansatz_type: string;
  ansatz_depth: number;
  optimizer: string;
  ground_energy: number;
  classical_ground: number;
  approximation_error: number;
  iterations: number;
  quantum_evaluations: number;
  converged: boolean;
  execution_time_ms: number;
  final_gradient_norm: number;
  quality_score: number;
  num_random_starts: number;
}

/** The schema of the original's ci/vqe_baseline.json. */
export interface VqeSuiteReport {
  results: VqeSuiteResult[];
  performance_metrics: {
    total_execution_time_ms: number;
    avg_iteration_time_ms: number;
    total_quantum_evaluations: number;
    evaluations_per_second: number;
  };
  quality_metrics: {
    best_ground_energy: number;
    worst_ground_energy: number;
    avg_ground_energy: number;
    energy_variance: number;
    convergence_rate: number;
  };
  metadata: { timestamp: string; version: string; commit_hash: string; system_info: string };
}

/**
 * Runs the original's eight VQE configurations in order on one shared default Hamiltonian and
 * returns its baseline file's schema. Rows 3 to 8 are deterministic and reproduce the original;
 * rows 1 and 2 depend on the seed. The library reads no clock of its own: timings come from
 * `now`, and are 0 (evaluations_per_second 0) without one.
 */
export function runVqeSuite(options: VqeSuiteOptions): VqeSuiteReport {
  const now = options.now ?? (() => 0);
  const hamiltonian = new MetatronHamiltonian();
  const suiteStart = now();
  const results = VQE_SUITE_CONFIGURATIONS.map((configuration) =>
    runConfiguration(configuration, options.seed, hamiltonian, now),
  );
  const totalMs = now() - suiteStart;

  return {
    results,
    performance_metrics: performanceMetrics(results, totalMs),
    quality_metrics: qualityMetrics(results),
    metadata: {
      timestamp: options.timestamp ?? UNIX_EPOCH,
      version: '0.1.0',
      commit_hash: options.commitHash ?? 'unknown',
      system_info: `Metatron QSO VQE benchmark suite (TypeScript), ${results.length} configurations`,
    },
  };
}

function runConfiguration(
  configuration: VqeSuiteConfiguration,
  seed: number,
  hamiltonian: MetatronHamiltonian,
  now: () => number,
): VqeSuiteResult {
  const started = now();
  const result = runVqe({ ...configuration, seed, hamiltonian });
  const executionMs = now() - started;

  return {
    ansatz_type: configuration.ansatzType,
    ansatz_depth: configuration.depth,
    optimizer: configuration.optimizer,
    ground_energy: result.groundEnergy,
    classical_ground: result.classicalGround,
    approximation_error: result.approximationError,
    iterations: result.iterations,
    quantum_evaluations: result.quantumEvaluations,
    converged: result.converged,
    execution_time_ms: executionMs,
    final_gradient_norm: result.finalGradientNorm,
    quality_score: result.qualityScore,
    num_random_starts: configuration.starts,
  };
}

function performanceMetrics(
  results: VqeSuiteResult[],
  totalMs: number,
): VqeSuiteReport['performance_metrics'] {
  const iterations = results.reduce((sum, result) => sum + result.iterations, 0);
  const evaluations = results.reduce((sum, result) => sum + result.quantum_evaluations, 0);

  return {
    total_execution_time_ms: totalMs,
    avg_iteration_time_ms: iterations > 0 ? totalMs / iterations : 0,
    total_quantum_evaluations: evaluations,
    evaluations_per_second: totalMs > 0 ? (evaluations / totalMs) * 1000 : 0,
  };
}

function qualityMetrics(results: VqeSuiteResult[]): VqeSuiteReport['quality_metrics'] {
  const energies = results.map((result) => result.ground_energy);
  const mean = energies.reduce((sum, energy) => sum + energy, 0) / energies.length;
  const variance =
    energies.reduce((sum, energy) => sum + (energy - mean) ** 2, 0) / energies.length;

  return {
    best_ground_energy: Math.min(...energies),
    worst_ground_energy: Math.max(...energies),
    avg_ground_energy: mean,
    energy_variance: variance,
    convergence_rate: results.filter((result) => result.converged).length / results.length,
  };
}
