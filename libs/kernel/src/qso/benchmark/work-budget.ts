import { AnsatzCircuit } from '../ansatz/ansatz-circuit';
import { METATRON_NODE_COUNT } from '../graph/metatron-graph';

/**
 * Work cap of one measurement, in amplitude updates. One VQE evaluation costs the circuit's
 * amplitude writes plus 13 for the energy; one QAOA evaluation 2^n·(p·(n + 1) + 1). 150 million
 * keeps the worst configuration of the calibration space (depth 10, 500 iterations, 5 starts)
 * to a fraction of a second in Node.
 */
export const MEASUREMENT_WORK_BUDGET = 150_000_000;

/** Work of one VQE energy evaluation. */
export function vqeWorkPerEvaluation(circuit: AnsatzCircuit): number {
  return circuit.amplitudeUpdates + METATRON_NODE_COUNT;
}

/** Work of one QAOA expectation on n qubits with p layers. */
export function qaoaWorkPerEvaluation(qubits: number, layers: number): number {
  return 2 ** qubits * (layers * (qubits + 1) + 1);
}

/**
 * The iteration limit each start runs with: max_iterations, lowered when `runs` starts of
 * (1 + 2n) evaluations per iteration would exceed the work budget. One iteration's worth is held
 * back for the evaluations before the loop (L-BFGS's first gradient, Nelder–Mead's simplex);
 * 1 + 2n also bounds a Nelder–Mead iteration (at most n + 2 evaluations). At least 1.
 */
export function iterationLimit(
  maxIterations: number,
  dimension: number,
  runs: number,
  workPerEvaluation: number,
  workBudget: number,
): number {
  const perIteration = (1 + 2 * dimension) * workPerEvaluation;
  const affordable = Math.floor(workBudget / (runs * perIteration)) - 1;

  return Math.max(1, Math.min(maxIterations, affordable));
}
