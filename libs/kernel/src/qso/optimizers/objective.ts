/**
 * A cost function the optimizers minimise. Implementations reuse internal buffers, so a call
 * never keeps a reference to `parameters` or `gradient` after it returns.
 */
export interface OptimizationObjective {
  /** Number of parameters n. */
  readonly dimension: number;

  /** Cost evaluations actually performed so far (each gradient adds its 2n shifted ones). */
  readonly evaluations: number;

  /** f(θ). */
  value(parameters: Float64Array): number;

  /** f(θ), with the gradient estimate written into `gradient`. */
  valueAndGradient(parameters: Float64Array, gradient: Float64Array): number;
}
