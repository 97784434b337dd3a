import { OptimizationObjective } from './objective';
import { IterationRecord, OptimizationResult, OptimizerSettings } from './optimization-result';

const REFLECTION = 1;
const EXPANSION = 2;
const CONTRACTION = 0.5;
const SHRINK = 0.5;
const INITIAL_STEP = 0.1;

interface Vertex {
  point: Float64Array;
  cost: number;
}

/**
 * Nelder–Mead as the original runs it (gradient-free). Simplex θ₀ and θ₀ + 0.1·eᵢ. Each
 * iteration sorts the vertices, records the best, and converges when |f_worst − f_best| is below
 * the tolerance; otherwise reflect, expand (keeping the better of the expanded and reflected
 * points), contract inside, or shrink toward the best vertex. There is no outside contraction.
 * The tally counts one evaluation per iteration, whatever the simplex actually evaluated.
 */
export function runNelderMead(
  objective: OptimizationObjective,
  initial: ArrayLike<number>,
  settings: OptimizerSettings,
): OptimizationResult {
  const simplex = initialSimplex(objective, Float64Array.from(initial));
  const centroid = new Float64Array(objective.dimension);
  const history: IterationRecord[] = [];
  let converged = false;

  for (let k = 0; k < settings.maxIterations && !converged; k++) {
    simplex.sort((left, right) => left.cost - right.cost);
    const best = simplex[0].cost;
    history.push({ cost: best, gradientNorm: null });
    converged = Math.abs(simplex[simplex.length - 1].cost - best) < settings.tolerance;
    if (!converged) {
      iterate(objective, simplex, centroid);
    }
  }
  simplex.sort((left, right) => left.cost - right.cost);

  return {
    parameters: simplex[0].point.slice(),
    cost: simplex[0].cost,
    iterations: history.length,
    converged,
    quantumEvaluations: history.length,
    finalGradientNorm: 0,
    history,
  };
}

function initialSimplex(objective: OptimizationObjective, start: Float64Array): Vertex[] {
  const simplex: Vertex[] = [{ point: start, cost: objective.value(start) }];
  for (let i = 0; i < objective.dimension; i++) {
    const point = start.slice();
    point[i] += INITIAL_STEP;
    simplex.push({ point, cost: objective.value(point) });
  }

  return simplex;
}

/** One move on a sorted simplex: reflection, expansion, inside contraction or shrink. */
function iterate(
  objective: OptimizationObjective,
  simplex: Vertex[],
  centroid: Float64Array,
): void {
  const worst = simplex[simplex.length - 1];
  const best = simplex[0].cost;
  const secondWorst = simplex[simplex.length - 2].cost;
  centroidOf(simplex, centroid);

  const reflected = towards(centroid, worst.point, -REFLECTION, objective);
  if (best <= reflected.cost && reflected.cost < secondWorst) {
    simplex[simplex.length - 1] = reflected;
  } else if (reflected.cost < best) {
    const expanded = towards(centroid, reflected.point, EXPANSION, objective);
    simplex[simplex.length - 1] = expanded.cost < reflected.cost ? expanded : reflected;
  } else {
    const contracted = towards(centroid, worst.point, CONTRACTION, objective);
    if (contracted.cost < worst.cost) {
      simplex[simplex.length - 1] = contracted;
    } else {
      shrink(objective, simplex);
    }
  }
}

/** The vertex c + factor·(target − c), evaluated. */
function towards(
  c: Float64Array,
  target: Float64Array,
  factor: number,
  objective: OptimizationObjective,
): Vertex {
  const point = c.map((value, i) => value + factor * (target[i] - value));

  return { point, cost: objective.value(point) };
}

function centroidOf(simplex: Vertex[], centroid: Float64Array): void {
  const count = simplex.length - 1;
  centroid.fill(0);
  for (let v = 0; v < count; v++) {
    const point = simplex[v].point;
    for (let i = 0; i < centroid.length; i++) {
      centroid[i] += point[i];
    }
  }
  for (let i = 0; i < centroid.length; i++) {
    centroid[i] /= count;
  }
}

function shrink(objective: OptimizationObjective, simplex: Vertex[]): void {
  const best = simplex[0].point;
  for (let v = 1; v < simplex.length; v++) {
    const point = simplex[v].point;
    for (let i = 0; i < point.length; i++) {
      point[i] = best[i] + SHRINK * (point[i] - best[i]);
    }
    simplex[v].cost = objective.value(point);
  }
}
