import { QsoAnsatzType } from '../ansatz/create-ansatz';
import {
  OptimizerKind,
  RequestedOptimizer,
  resolveOptimizer,
} from '../optimizers/minimize-objective';
import { BenchmarkRequest, MeasuredAlgorithm } from './benchmark-request';

/**
 * One measured configuration. The keys from `ground_energy` to `final_gradient_norm` are the
 * original vqe_bench's per-result keys. For QAOA they describe the cost −⟨C⟩ that was
 * minimised: ground_energy = −⟨C⟩, classical_ground = −C*, approximation_error = C* − ⟨C⟩,
 * quality_score = F·⟨C⟩/C*; the QAOA-only keys give the same numbers as cuts.
 */
export interface BenchmarkReport {
  algorithm: MeasuredAlgorithm;
  /** The VQE ansatz; null for QAOA. */
  ansatz_type: QsoAnsatzType | null;
  ansatz_depth: number;
  optimizer: RequestedOptimizer;
  /** The optimizer that ran (COBYLA runs as NelderMead). */
  optimizer_run: OptimizerKind;
  learning_rate: number;
  max_iterations: number;
  /** max_iterations, or lower when the work cap applied. */
  iteration_limit: number;
  num_random_starts: number;
  seed: number;

  ground_energy: number;
  classical_ground: number;
  approximation_error: number;
  iterations: number;
  quantum_evaluations: number;
  converged: boolean;
  /** F·(1 − min(error/|e₀|, 1)) (VQE) or F·ratio (QAOA); F = 1 if converged, else 0.5. */
  quality_score: number;
  final_gradient_norm: number;

  /** Energy evaluations the configuration's starts computed. */
  cost_evaluations: number;
  /** iteration_limit × (1 + 2n) × num_random_starts. */
  evaluation_allowance: number;
  /** Lowest cost of each configured start. */
  start_energies: number[];
  /** Lowest cost of the probe start run for ρ when there is one configured start. */
  probe_energy: number | null;

  psi: number;
  rho: number;
  omega: number;

  /** QAOA only: the graph, the best ⟨C⟩, C*, their ratio and each start's ratio. */
  problem?: string;
  expected_cut?: number;
  max_cut?: number;
  approximation_ratio?: number;
  start_ratios?: number[];
}

/** The report fields that echo the request, plus the iteration limit it ran with. */
export function echoRequest(
  request: BenchmarkRequest,
  iterationLimit: number,
): Pick<
  BenchmarkReport,
  | 'ansatz_depth'
  | 'optimizer'
  | 'optimizer_run'
  | 'learning_rate'
  | 'max_iterations'
  | 'iteration_limit'
  | 'num_random_starts'
  | 'seed'
> {
  return {
    ansatz_depth: request.depth,
    optimizer: request.optimizer,
    optimizer_run: resolveOptimizer(request.optimizer),
    learning_rate: request.learningRate,
    max_iterations: request.maxIterations,
    iteration_limit: iterationLimit,
    num_random_starts: request.starts,
    seed: request.seed,
  };
}
