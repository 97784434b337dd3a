import type { BenchmarkJobParams, JobMetrics } from '@qdash/common';
import { BenchmarkReport, runBenchmark, runVqeSuite, VqeSuiteReport } from '@qdash/kernel';

/** A finished benchmark job's summary, stored as the job's `result`. */
export interface BenchmarkJobResult {
  metrics: JobMetrics;
  suite: boolean;
  report: BenchmarkReport | VqeSuiteReport;
  /** ψ/ρ/ω of a single configuration (stored as the job's one history point); null for a suite. */
  performance: { psi: number; rho: number; omega: number } | null;
}

/**
 * Runs a benchmark job in the kernel thread: one configuration, or the original's VQE suite.
 * Wall time is read here, around the kernel, which itself never reads a clock.
 */
export function runBenchmarkJob(params: BenchmarkJobParams): BenchmarkJobResult {
  const started = performance.now();
  if (params.suite) {
    const report = runVqeSuite({
      seed: params.seed,
      now: () => performance.now(),
      timestamp: new Date().toISOString(),
    });

    return {
      metrics: suiteMetrics(report, performance.now() - started),
      suite: true,
      report,
      performance: null,
    };
  }

  const config = params.config;
  const report = runBenchmark({
    algorithm: config.algorithm as BenchmarkReport['algorithm'],
    ansatzType: config.ansatz_type,
    depth: config.ansatz_depth,
    optimizer: config.optimizer,
    starts: config.num_random_starts,
    learningRate: config.learning_rate,
    maxIterations: config.max_iterations,
    seed: params.seed,
  });
  const metrics: JobMetrics = {
    energy: report.ground_energy,
    accuracy: report.quality_score,
    duration_secs: (performance.now() - started) / 1000,
    iterations: report.iterations,
    omega: report.omega,
    psi: report.psi,
    rho: report.rho,
  };

  return {
    metrics,
    suite: false,
    report,
    performance: { psi: report.psi, rho: report.rho, omega: report.omega },
  };
}

function suiteMetrics(report: VqeSuiteReport, elapsedMs: number): JobMetrics {
  return {
    energy: report.quality_metrics.best_ground_energy,
    accuracy: report.quality_metrics.convergence_rate,
    duration_secs: elapsedMs / 1000,
    iterations: report.results.reduce((sum, row) => sum + row.iterations, 0),
    evaluations_per_second: report.performance_metrics.evaluations_per_second,
  };
}
