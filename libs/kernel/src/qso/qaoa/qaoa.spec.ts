import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { QsoInputError } from '../qso-input.error';
import {
  bruteForceMaxCut,
  completeGraph,
  cutValues,
  originalBenchProblems,
  ringGraph,
} from './maxcut-problem';
import { runQaoa } from './qaoa';
import { QaoaObjective } from './qaoa-objective';

const optimum = JSON.parse(
  readFileSync(
    join(__dirname, '../../../../../test/fixtures/qso/qaoa-ring6-depth1-optimum.json'),
    'utf8',
  ),
);

describe('MaxCut problems', () => {
  it('knows the max cuts of rings, complete graphs and the original bench problems', () => {
    expect(bruteForceMaxCut(ringGraph(6))).toBe(6);
    expect(bruteForceMaxCut(ringGraph(5))).toBe(4);
    expect(bruteForceMaxCut(completeGraph(4))).toBe(4);
    expect(originalBenchProblems().map(bruteForceMaxCut)).toEqual([2, 4, 4]);
    expect(originalBenchProblems().map((problem) => problem.name)).toEqual([
      'Triangle',
      'Square',
      'Pentagram',
    ]);
  });

  it('counts the edges each bipartition cuts', () => {
    expect(Array.from(cutValues(ringGraph(3)))).toEqual([0, 2, 2, 2, 2, 2, 2, 0]);
  });

  it('refuses graphs beyond 12 qubits, self-loops and repeated edges', () => {
    expect(() => ringGraph(13)).toThrow(QsoInputError);
    expect(() => ringGraph(13)).toThrow(/nodeCount/);
    expect(() =>
      runQaoa({
        problem: { name: 'loop', nodeCount: 3, edges: [[1, 1]] },
        depth: 1,
        optimizer: 'Adam',
        seed: 0,
      }),
    ).toThrow(/edges\[0\]/);
    expect(() =>
      runQaoa({
        problem: {
          name: 'twice',
          nodeCount: 3,
          edges: [
            [0, 1],
            [1, 0],
          ],
        },
        depth: 1,
        optimizer: 'Adam',
        seed: 0,
      }),
    ).toThrow(/must not repeat/);
  });
});

describe('QAOA for MaxCut', () => {
  it('reaches the ratio 3/4 on an even ring at the depth-1 optimum γ = π/4, β = π/8', () => {
    const problem = { ...optimum.problem, nodeCount: optimum.problem.node_count };
    const objective = new QaoaObjective(problem, optimum.depth);
    const expected = objective.expectedCut(optimum.parameters);

    expect(Math.abs(expected - optimum.expected.expected_cut)).toBeLessThan(optimum.tolerance);
    expect(expected / bruteForceMaxCut(problem)).toBeCloseTo(
      optimum.expected.approximation_ratio,
      12,
    );
    expect(new QaoaObjective(ringGraph(8), 1).expectedCut(optimum.parameters)).toBeCloseTo(6, 12);
  });

  it('starts from |+⟩^n, where ⟨C⟩ is half the edges', () => {
    const objective = new QaoaObjective(ringGraph(6), 2);
    const probabilities = objective.probabilities([0, 0, 0, 0]);

    expect(objective.expectedCut([0, 0, 0, 0])).toBeCloseTo(3, 14);
    expect(probabilities.every((p) => Math.abs(p - 1 / 64) < 1e-15)).toBe(true);
  });

  it('optimises depth 1 on a ring to close to 0.75, never above it', () => {
    for (const optimizer of ['Adam', 'COBYLA'] as const) {
      const result = runQaoa({
        problem: ringGraph(6),
        depth: 1,
        optimizer,
        seed: 3,
        learningRate: 0.05,
        maxIterations: 200,
        starts: 2,
      });

      expect(result.approximationRatio).toBeGreaterThan(0.749);
      expect(result.approximationRatio).toBeLessThanOrEqual(0.75 + 1e-12);
    }
  });

  it('does better at depth 2 than the depth-1 optimum on a ring', () => {
    const result = runQaoa({
      problem: ringGraph(8),
      depth: 2,
      optimizer: 'Adam',
      seed: 4,
      learningRate: 0.05,
      maxIterations: 200,
      starts: 3,
    });

    expect(result.approximationRatio).toBeGreaterThan(0.8);
  });

  it('keeps ⟨C⟩ at or below the max cut and the ratio at or below 1', () => {
    for (const problem of [...originalBenchProblems(), completeGraph(5)]) {
      const result = runQaoa({ problem, depth: 3, optimizer: 'Adam', seed: 1, learningRate: 0.1 });

      expect(result.expectedCut).toBeLessThanOrEqual(result.maxCut + 1e-9);
      expect(result.approximationRatio).toBeLessThanOrEqual(1);
      expect(result.approximationRatio).toBeGreaterThan(0.5);
      result.starts.forEach((start) => expect(start.approximationRatio).toBeLessThanOrEqual(1));
    }
  });

  it('is a pure function of the seed', () => {
    const run = (seed: number) =>
      runQaoa({
        problem: ringGraph(5),
        depth: 2,
        optimizer: 'LBFGS',
        seed,
        starts: 2,
        maxIterations: 30,
      });

    expect(run(10)).toEqual(run(10));
    expect(run(11).optimalParameters).not.toEqual(run(10).optimalParameters);
  });

  it('tallies 1 + 2n evaluations per gradient iteration, summed over starts', () => {
    const result = runQaoa({
      problem: ringGraph(4),
      depth: 2,
      optimizer: 'GradientDescent',
      seed: 2,
      maxIterations: 7,
      starts: 2,
    });

    expect(result.quantumEvaluations).toBe(2 * 7 * 9);
    expect(result.costEvaluations).toBe(2 * 7 * 9);
  });
});
