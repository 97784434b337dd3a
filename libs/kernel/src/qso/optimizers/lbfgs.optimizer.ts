import { OptimizationObjective } from './objective';
import {
  euclideanNorm,
  IterationRecord,
  gradientRunResult,
  OptimizationResult,
  OptimizerSettings,
} from './optimization-result';

const MEMORY = 10;

/**
 * A stored pair is used only when sᵀy > CURVATURE_FLOOR·‖s‖·‖y‖ (and so strictly positive): the
 * cosine between s and y must be clearly positive for 1/(sᵀy) and the scaling sᵀy/yᵀy to be safe.
 */
const CURVATURE_FLOOR = 1e-10;

/**
 * L-BFGS as the original runs it: two-loop recursion over up to ten (s, y) pairs, fixed step
 * θ ← θ − α·r without a line search, the same two convergence tests as Adam, and the best cost
 * remembered with its own parameters. The gradient before the loop (at θ₀) is computed and, as
 * in the original, left out of the evaluation tally.
 *
 * Defect fixed: the original's first pair has y = 0 (its gradient before the loop is taken at
 * the same θ₀ as the first iteration's), so from the second iteration on the recursion divides
 * by sᵀy = 0 and every parameter becomes NaN. Here a pair whose curvature sᵀy is not safely
 * positive is skipped, which also keeps r a descent direction where the energy is not convex.
 * The original also stored each new step s with the gradient change of the step before it;
 * here a step is stored, after the next gradient, with the change it produced (the secant pair
 * of textbook L-BFGS), without which the recursion can diverge even on a quadratic. Runs that
 * converge at the second iteration, as the baseline's L-BFGS rows do, are unchanged.
 */
export function runLbfgs(
  objective: OptimizationObjective,
  initial: ArrayLike<number>,
  settings: OptimizerSettings,
): OptimizationResult {
  const n = objective.dimension;
  const theta = Float64Array.from(initial);
  const gradient = new Float64Array(n);
  let best = objective.valueAndGradient(theta, gradient);
  let bestParameters = theta.slice();
  let previous = best;
  const memory = new SecantMemory(theta, gradient);
  const history: IterationRecord[] = [];
  let converged = false;

  for (let k = 0; k < settings.maxIterations && !converged; k++) {
    const cost = objective.valueAndGradient(theta, gradient);
    if (cost < best) {
      best = cost;
      bestParameters = theta.slice();
    }

    const gradientNorm = euclideanNorm(gradient);
    history.push({ cost, gradientNorm });
    converged =
      gradientNorm < settings.tolerance ||
      (k > 0 && Math.abs(cost - previous) < settings.energyTolerance);
    previous = cost;
    if (!converged) {
      memory.advance(theta, gradient, settings.learningRate);
    }
  }

  return gradientRunResult(best, bestParameters, history, converged, n);
}

/** The last point and gradient, and up to ten (s, y) pairs with safe curvature, oldest first. */
class SecantMemory {
  private readonly s: Float64Array[] = [];
  private readonly y: Float64Array[] = [];
  private readonly rho: number[] = [];
  private readonly alpha = new Float64Array(MEMORY);
  private readonly previousTheta: Float64Array;
  private readonly previousGradient: Float64Array;
  private readonly direction: Float64Array;

  constructor(theta: Float64Array, gradient: Float64Array) {
    this.previousTheta = theta.slice();
    this.previousGradient = gradient.slice();
    this.direction = new Float64Array(theta.length);
  }

  /** Records the step that led to θ, then moves θ by −α·r with r ≈ H⁻¹·g. */
  advance(theta: Float64Array, gradient: Float64Array, learningRate: number): void {
    this.offer(theta, gradient);
    this.computeDirection(gradient);
    this.previousTheta.set(theta);
    this.previousGradient.set(gradient);
    for (let i = 0; i < theta.length; i++) {
      theta[i] -= learningRate * this.direction[i];
    }
  }

  /** Stores s = θ − θ_prev, y = g − g_prev when sᵀy is safely positive. */
  private offer(theta: Float64Array, gradient: Float64Array): void {
    const s = theta.map((value, i) => value - this.previousTheta[i]);
    const y = gradient.map((value, i) => value - this.previousGradient[i]);
    const curvature = dot(s, y);
    if (!(curvature > CURVATURE_FLOOR * euclideanNorm(s) * euclideanNorm(y))) {
      return;
    }

    this.s.push(s);
    this.y.push(y);
    this.rho.push(1 / curvature);
    if (this.s.length > MEMORY) {
      this.s.shift();
      this.y.shift();
      this.rho.shift();
    }
  }

  /** The two-loop recursion; r = g while no pair is stored. */
  private computeDirection(gradient: Float64Array): void {
    const r = this.direction;
    r.set(gradient);
    const count = this.s.length;
    for (let i = count - 1; i >= 0; i--) {
      this.alpha[i] = this.rho[i] * dot(this.s[i], r);
      axpy(-this.alpha[i], this.y[i], r);
    }
    if (count > 0) {
      const newest = this.y[count - 1];
      scale(r, dot(this.s[count - 1], newest) / dot(newest, newest));
    }
    for (let i = 0; i < count; i++) {
      const beta = this.rho[i] * dot(this.y[i], r);
      axpy(this.alpha[i] - beta, this.s[i], r);
    }
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    sum += a[i] * b[i];
  }

  return sum;
}

function axpy(factor: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) {
    y[i] += factor * x[i];
  }
}

function scale(vector: Float64Array, factor: number): void {
  for (let i = 0; i < vector.length; i++) {
    vector[i] *= factor;
  }
}
