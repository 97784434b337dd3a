import { OptimizationObjective } from './objective';
import {
  euclideanNorm,
  IterationRecord,
  gradientRunResult,
  OptimizationResult,
  OptimizerSettings,
} from './optimization-result';

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/**
 * Adam as the original runs it: each iteration evaluates f and the gradient at θ, then takes
 * one bias-corrected step. The best cost is remembered with the parameters after that step (the
 * original's quirk, kept). Converges when ‖g‖ < tolerance or, after the first iteration, when
 * the cost changed by less than the energy tolerance.
 */
export function runAdam(
  objective: OptimizationObjective,
  initial: ArrayLike<number>,
  settings: OptimizerSettings,
): OptimizationResult {
  const n = objective.dimension;
  const theta = Float64Array.from(initial);
  const gradient = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const bestParameters = theta.slice();
  const history: IterationRecord[] = [];
  let best = Infinity;
  let previous = NaN;
  let converged = false;

  for (let k = 0; k < settings.maxIterations && !converged; k++) {
    const cost = objective.valueAndGradient(theta, gradient);
    step(theta, gradient, m, v, k, settings.learningRate);
    if (cost < best) {
      best = cost;
      bestParameters.set(theta);
    }

    const gradientNorm = euclideanNorm(gradient);
    history.push({ cost, gradientNorm });
    converged =
      gradientNorm < settings.tolerance ||
      (k > 0 && Math.abs(cost - previous) < settings.energyTolerance);
    previous = cost;
  }

  return gradientRunResult(best, bestParameters, history, converged, n);
}

function step(
  theta: Float64Array,
  gradient: Float64Array,
  m: Float64Array,
  v: Float64Array,
  k: number,
  learningRate: number,
): void {
  const correction1 = 1 - Math.pow(BETA1, k + 1);
  const correction2 = 1 - Math.pow(BETA2, k + 1);
  for (let i = 0; i < theta.length; i++) {
    const g = gradient[i];
    m[i] = BETA1 * m[i] + (1 - BETA1) * g;
    v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
    const mHat = m[i] / correction1;
    const vHat = v[i] / correction2;
    theta[i] -= (learningRate * mHat) / (Math.sqrt(vHat) + EPSILON);
  }
}
