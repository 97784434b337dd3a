import { createAnsatz } from '../ansatz/create-ansatz';
import { runVqe, summarizeVqeStarts, VqeResult, vqeQuality } from '../vqe/vqe';
import { BenchmarkReport, echoRequest } from './benchmark-report';
import { BenchmarkRequest } from './benchmark-request';
import { derivePerformance } from './performance-derivation';
import { iterationLimit, vqeWorkPerEvaluation } from './work-budget';

/** Noise half-width on Metatron starts after the first (see derivePerformance). */
export const METATRON_MEASUREMENT_NOISE = 0.1;

/**
 * Runs a VQE configuration on the default Metatron Hamiltonian and reports it. A configuration
 * with one start gets a second, probe start that only ρ uses.
 */
export function measureVqe(request: BenchmarkRequest): BenchmarkReport {
  const circuit = createAnsatz(request.ansatzType, request.depth);
  const n = circuit.parameterCount;
  const runs = Math.max(request.starts, 2);
  const work = vqeWorkPerEvaluation(circuit);
  const limit = iterationLimit(request.maxIterations, n, runs, work, request.workBudget);

  const run = runVqe({
    ansatzType: request.ansatzType,
    depth: request.depth,
    optimizer: request.optimizer,
    seed: request.seed,
    learningRate: request.learningRate,
    maxIterations: limit,
    starts: runs,
    metatronStartNoise: METATRON_MEASUREMENT_NOISE,
  });
  const own = summarizeVqeStarts(run.starts.slice(0, request.starts), run.classicalGround);
  const allowance = limit * (1 + 2 * n) * request.starts;

  return report(request, limit, run, own, allowance);
}

function report(
  request: BenchmarkRequest,
  limit: number,
  run: VqeResult,
  own: VqeResult,
  allowance: number,
): BenchmarkReport {
  const performance = derivePerformance({
    startQualities: run.starts.map((start) => vqeQuality(start.energy, run.classicalGround)),
    configuredStarts: request.starts,
    usedEvaluations: own.costEvaluations,
    allowedEvaluations: allowance,
  });

  return {
    algorithm: 'VQE',
    ansatz_type: request.ansatzType,
    ...echoRequest(request, limit),
    ground_energy: own.groundEnergy,
    classical_ground: own.classicalGround,
    approximation_error: own.approximationError,
    iterations: own.iterations,
    quantum_evaluations: own.quantumEvaluations,
    converged: own.converged,
    quality_score: own.qualityScore,
    final_gradient_norm: own.finalGradientNorm,
    cost_evaluations: own.costEvaluations,
    evaluation_allowance: allowance,
    start_energies: own.starts.map((start) => start.energy),
    probe_energy: request.starts === 1 ? run.starts[1].energy : null,
    ...performance,
  };
}
