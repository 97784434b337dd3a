import { OptimizationObjective } from './objective';
import {
  euclideanNorm,
  IterationRecord,
  gradientRunResult,
  OptimizationResult,
  OptimizerSettings,
} from './optimization-result';

const MOMENTUM = 0.9;

/**
 * Gradient descent with momentum 0.9: v ← 0.9·v + α·g, θ ← θ − v. Like Adam it remembers the
 * parameters after the step of the best cost; unlike Adam it converges only on ‖g‖ < tolerance.
 */
export function runGradientDescent(
  objective: OptimizationObjective,
  initial: ArrayLike<number>,
  settings: OptimizerSettings,
): OptimizationResult {
  const n = objective.dimension;
  const theta = Float64Array.from(initial);
  const gradient = new Float64Array(n);
  const velocity = new Float64Array(n);
  const bestParameters = theta.slice();
  const history: IterationRecord[] = [];
  let best = Infinity;
  let converged = false;

  for (let k = 0; k < settings.maxIterations && !converged; k++) {
    const cost = objective.valueAndGradient(theta, gradient);
    for (let i = 0; i < n; i++) {
      velocity[i] = MOMENTUM * velocity[i] + settings.learningRate * gradient[i];
      theta[i] -= velocity[i];
    }
    if (cost < best) {
      best = cost;
      bestParameters.set(theta);
    }

    const gradientNorm = euclideanNorm(gradient);
    history.push({ cost, gradientNorm });
    converged = gradientNorm < settings.tolerance;
  }

  return gradientRunResult(best, bestParameters, history, converged, n);
}
