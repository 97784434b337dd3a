import { MaxCutProblem, ringGraph } from '../qaoa/maxcut-problem';
import { QaoaResult, runQaoa, summarizeQaoaStarts } from '../qaoa/qaoa';
import { BenchmarkReport, echoRequest } from './benchmark-report';
import { BenchmarkRequest } from './benchmark-request';
import { derivePerformance } from './performance-derivation';
import { iterationLimit, qaoaWorkPerEvaluation } from './work-budget';

/**
 * The graph every QAOA measurement solves: the 6-node ring (max cut 6). Depth 1 reaches a
 * ratio of 3/4, depth 2 5/6 and depth 3 can reach 1, so ψ rewards depth up to 3 and ω its cost.
 */
export const QAOA_BENCH_PROBLEM: MaxCutProblem = ringGraph(6);

/**
 * Runs QAOA MaxCut on QAOA_BENCH_PROBLEM with p = the configuration's ansatz depth and reports
 * it. A configuration with one start gets a second, probe start that only ρ uses.
 */
export function measureQaoa(request: BenchmarkRequest): BenchmarkReport {
  const problem = QAOA_BENCH_PROBLEM;
  const n = 2 * request.depth;
  const runs = Math.max(request.starts, 2);
  const work = qaoaWorkPerEvaluation(problem.nodeCount, request.depth);
  const limit = iterationLimit(request.maxIterations, n, runs, work, request.workBudget);

  const run = runQaoa({
    problem,
    depth: request.depth,
    optimizer: request.optimizer,
    seed: request.seed,
    learningRate: request.learningRate,
    maxIterations: limit,
    starts: runs,
  });
  const own = summarizeQaoaStarts(run.starts.slice(0, request.starts), run.maxCut);
  const allowance = limit * (1 + 2 * n) * request.starts;

  return report(request, limit, run, own, allowance);
}

function report(
  request: BenchmarkRequest,
  limit: number,
  run: QaoaResult,
  own: QaoaResult,
  allowance: number,
): BenchmarkReport {
  const performance = derivePerformance({
    startQualities: run.starts.map((start) => start.approximationRatio),
    configuredStarts: request.starts,
    usedEvaluations: own.costEvaluations,
    allowedEvaluations: allowance,
  });

  return {
    algorithm: 'QAOA',
    ansatz_type: null,
    ...echoRequest(request, limit),
    ground_energy: -own.expectedCut,
    classical_ground: -own.maxCut,
    approximation_error: own.maxCut - own.expectedCut,
    iterations: own.iterations,
    quantum_evaluations: own.quantumEvaluations,
    converged: own.converged,
    quality_score: (own.converged ? 1 : 0.5) * own.approximationRatio,
    final_gradient_norm: own.finalGradientNorm,
    cost_evaluations: own.costEvaluations,
    evaluation_allowance: allowance,
    start_energies: own.starts.map((start) => -start.expectedCut),
    probe_energy: request.starts === 1 ? -run.starts[1].expectedCut : null,
    ...performance,
    problem: QAOA_BENCH_PROBLEM.name,
    expected_cut: own.expectedCut,
    max_cut: own.maxCut,
    approximation_ratio: own.approximationRatio,
    start_ratios: own.starts.map((start) => start.approximationRatio),
  };
}
