import { QsoAnsatzType } from '../ansatz/create-ansatz';
import { RequestedOptimizer } from '../optimizers/minimize-objective';
import { BenchmarkReport } from './benchmark-report';
import { BenchmarkRequest, MeasuredAlgorithm, toBenchmarkRequest } from './benchmark-request';
import { measureQaoa } from './qaoa-measurement';
import { measureVqe } from './vqe-measurement';
import { MEASUREMENT_WORK_BUDGET } from './work-budget';

/** One configuration to benchmark; unset fields take the calibration's default configuration. */
export interface BenchmarkOptions {
  algorithm: MeasuredAlgorithm;
  /** VQE ansatz (default Metatron); QAOA ignores it. */
  ansatzType?: QsoAnsatzType;
  /** Ansatz depth (VQE) or layers p (QAOA); default 2. */
  depth?: number;
  /** Default Adam; COBYLA runs as Nelder–Mead. */
  optimizer?: RequestedOptimizer;
  /** Default 1. */
  starts?: number;
  /** Default 0.01. */
  learningRate?: number;
  /** Default 100. */
  maxIterations?: number;
  seed: number;
  /** Work cap in amplitude updates; default MEASUREMENT_WORK_BUDGET, Infinity for none. */
  workBudget?: number;
}

/**
 * Measures one configuration for real (VQE on the default Metatron Hamiltonian, or QAOA MaxCut
 * on QAOA_BENCH_PROBLEM) and returns the original's result keys plus ψ, ρ, ω. Deterministic: the
 * same options give the same report, bit for bit. Throws QsoInputError on a bad field.
 */
export function runBenchmark(options: BenchmarkOptions): BenchmarkReport {
  const request = toBenchmarkRequest(
    {
      algorithm: options.algorithm,
      ansatz_type: options.ansatzType ?? 'Metatron',
      ansatz_depth: options.depth ?? 2,
      optimizer: options.optimizer ?? 'Adam',
      learning_rate: options.learningRate ?? 0.01,
      max_iterations: options.maxIterations ?? 100,
      num_random_starts: options.starts ?? 1,
    },
    options.seed,
    options.workBudget ?? MEASUREMENT_WORK_BUDGET,
  );

  return measureBenchmark(request);
}

/** Runs a validated request. */
export function measureBenchmark(request: BenchmarkRequest): BenchmarkReport {
  switch (request.algorithm) {
    case 'VQE':
      return measureVqe(request);
    case 'QAOA':
      return measureQaoa(request);
  }
}
