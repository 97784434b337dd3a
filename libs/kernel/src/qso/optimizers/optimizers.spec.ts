import { createAnsatz } from '../ansatz/create-ansatz';
import { MetatronHamiltonian } from '../hamiltonian/metatron-hamiltonian';
import { QsoInputError } from '../qso-input.error';
import { VqeObjective } from '../vqe/vqe-objective';
import { runAdam } from './adam.optimizer';
import { runGradientDescent } from './gradient-descent.optimizer';
import { runLbfgs } from './lbfgs.optimizer';
import { minimizeObjective, resolveOptimizer } from './minimize-objective';
import { runNelderMead } from './nelder-mead.optimizer';
import { OptimizationObjective } from './objective';
import { OptimizerSettings } from './optimization-result';

/** f(x) = Σ wᵢ(xᵢ − tᵢ)², with its exact gradient. */
class Quadratic implements OptimizationObjective {
  evaluations = 0;

  constructor(
    private readonly target: number[],
    private readonly weights: number[],
  ) {}

  get dimension(): number {
    return this.target.length;
  }

  value(x: Float64Array): number {
    this.evaluations += 1;

    return this.target.reduce((sum, t, i) => sum + this.weights[i] * (x[i] - t) ** 2, 0);
  }

  valueAndGradient(x: Float64Array, gradient: Float64Array): number {
    this.target.forEach((t, i) => (gradient[i] = 2 * this.weights[i] * (x[i] - t)));
    this.evaluations += 2 * this.dimension;

    return this.value(x);
  }
}

const settings = (overrides: Partial<OptimizerSettings>): OptimizerSettings => ({
  maxIterations: 100,
  learningRate: 0.01,
  tolerance: 1e-6,
  energyTolerance: 1e-3,
  ...overrides,
});

describe('Adam', () => {
  it('reaches the minimum of a quadratic and tallies 1 + 2n evaluations per iteration', () => {
    const objective = new Quadratic([1, -2], [1, 3]);
    const result = runAdam(
      objective,
      [0, 0],
      settings({ learningRate: 0.1, maxIterations: 2000, energyTolerance: 0 }),
    );

    expect(result.cost).toBeLessThan(1e-6);
    expect(result.parameters[0]).toBeCloseTo(1, 2);
    expect(result.quantumEvaluations).toBe(result.iterations * 5);
    expect(result.iterations).toBeLessThan(2000);
  });

  it("returns the parameters one step past the best cost (the original's quirk)", () => {
    const result = runAdam(new Quadratic([1], [1]), [0], settings({ maxIterations: 1 }));

    expect(result.cost).toBe(1);
    expect(result.parameters[0]).toBeCloseTo(0.01, 9);
    expect(result.converged).toBe(false);
    expect(result.finalGradientNorm).toBe(2);
  });

  it('stops on the energy test after the first iteration', () => {
    const result = runAdam(new Quadratic([1], [1]), [0], settings({ energyTolerance: 1 }));

    expect(result.iterations).toBe(2);
    expect(result.converged).toBe(true);
  });
});

describe('L-BFGS', () => {
  it('does not turn NaN on a run long enough to hit the original defect', () => {
    const objective = new Quadratic([1, -2, 0.5], [1, 3, 0.5]);
    const result = runLbfgs(
      objective,
      [0, 0, 0],
      settings({ learningRate: 0.5, energyTolerance: 0, maxIterations: 60 }),
    );

    expect(result.history.every((entry) => Number.isFinite(entry.cost))).toBe(true);
    expect(result.converged).toBe(true);
    expect(result.cost).toBeLessThan(1e-10);
    expect(Array.from(result.parameters)).toEqual([
      expect.closeTo(1, 5),
      expect.closeTo(-2, 5),
      expect.closeTo(0.5, 5),
    ]);
  });

  it('keeps descending on a VQE energy where the original went NaN from the third iteration', () => {
    const objective = new VqeObjective(createAnsatz('Metatron', 2), new MetatronHamiltonian());
    const start = Array.from({ length: 52 }, (_, i) => 0.3 * Math.cos(i));
    const result = runLbfgs(
      objective,
      start,
      settings({ energyTolerance: 0, maxIterations: 40, learningRate: 0.05 }),
    );

    expect(result.iterations).toBe(40);
    expect(result.history.every((entry) => Number.isFinite(entry.cost))).toBe(true);
    expect(result.history.every((entry) => Number.isFinite(entry.gradientNorm))).toBe(true);
    expect(result.cost).toBeLessThan(result.history[0].cost - 1);
    expect(Array.from(result.parameters).every(Number.isFinite)).toBe(true);
  });

  it('leaves its first gradient (before the loop) out of the tally', () => {
    const objective = new Quadratic([1], [1]);
    const result = runLbfgs(objective, [0], settings({ energyTolerance: 10 }));

    expect(result.iterations).toBe(2);
    expect(result.quantumEvaluations).toBe(6);
    expect(objective.evaluations).toBe(9);
  });
});

describe('gradient descent with momentum', () => {
  it('converges only on the gradient norm', () => {
    const objective = new Quadratic([2], [1]);
    const result = runGradientDescent(
      objective,
      [0],
      settings({ learningRate: 0.05, maxIterations: 1000, energyTolerance: 1e9 }),
    );

    expect(result.converged).toBe(true);
    expect(result.finalGradientNorm).toBeLessThan(1e-6);
    expect(result.iterations).toBeGreaterThan(2);
    expect(result.cost).toBeLessThan(1e-10);
  });
});

describe('Nelder–Mead', () => {
  it('minimises the Rosenbrock function without gradients, tallying one per iteration', () => {
    let calls = 0;
    const rosenbrock: OptimizationObjective = {
      dimension: 2,
      get evaluations() {
        return calls;
      },
      value: (x) => {
        calls += 1;

        return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2;
      },
      valueAndGradient: () => {
        throw new Error('Nelder–Mead must not ask for gradients');
      },
    };
    const result = runNelderMead(
      rosenbrock,
      [-1, 1],
      settings({ maxIterations: 2000, tolerance: 1e-12 }),
    );

    expect(result.converged).toBe(true);
    expect(result.parameters[0]).toBeCloseTo(1, 3);
    expect(result.parameters[1]).toBeCloseTo(1, 3);
    expect(result.quantumEvaluations).toBe(result.iterations);
    expect(calls).toBeGreaterThan(result.iterations);
    expect(result.finalGradientNorm).toBe(0);
  });
});

describe('optimizer names', () => {
  it('runs COBYLA as Nelder–Mead and rejects unknown names', () => {
    expect(resolveOptimizer('COBYLA')).toBe('NelderMead');
    expect(resolveOptimizer('LBFGS')).toBe('LBFGS');
    expect(() => resolveOptimizer('SGD' as never)).toThrow(QsoInputError);
  });

  it('dispatches by kind', () => {
    const result = minimizeObjective('NelderMead', new Quadratic([0.3], [1]), [0], settings({}));

    expect(result.history[0].gradientNorm).toBeNull();
  });
});
