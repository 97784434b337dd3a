import { Xoshiro128 } from '../prng/xoshiro128';
import { Configuration, defaultConfiguration } from './configuration';
import {
  DoubleKickOperator,
  stabilizationKickScore,
  updateKickScore,
} from './double-kick-operator';
import { generateNeighbours } from './neighbour-generator';
import { PerformanceTriplet } from './performance-triplet';

const base = defaultConfiguration();
const variant = (overrides: Partial<Configuration>): Configuration => ({ ...base, ...overrides });

describe('double-kick heuristics', () => {
  it('scores the update kick with the original increments', () => {
    // Metatron depth 2 (+0.05), Adam (+0.02), lr 0.01 (+0.02).
    expect(updateKickScore(base, base, 0.5)).toBeCloseTo(0.59, 15);
    // Two more starts (+0.02), HardwareEfficient, LBFGS, lr 0.1: only the starts count.
    expect(
      updateKickScore(
        variant({
          num_random_starts: 3,
          ansatz_type: 'HardwareEfficient',
          optimizer: 'LBFGS',
          learning_rate: 0.1,
        }),
        base,
        0.5,
      ),
    ).toBeCloseTo(0.52, 15);
    expect(updateKickScore(variant({ ansatz_depth: 4 }), base, 0.5)).toBeCloseTo(0.54, 15);
    expect(updateKickScore(base, base, 0.99)).toBe(1);
  });

  it('scores the stabilisation kick as min(1, 0.6ρ + 0.4ω) after the bonuses', () => {
    const origin = variant({ ansatz_depth: 3, max_iterations: 100 });

    expect(stabilizationKickScore(origin, origin, 0.5, 0.5)).toBeCloseTo(0.5, 15);
    // Starts 3 (+0.05 ρ), depth 2 (+0.03 ρ, shallower +0.05 ω), fewer iterations (+0.02 ω).
    const better = variant({ num_random_starts: 3, ansatz_depth: 2, max_iterations: 80 });
    expect(stabilizationKickScore(better, origin, 0.5, 0.5)).toBeCloseTo(
      0.6 * 0.58 + 0.4 * 0.57,
      15,
    );
    expect(stabilizationKickScore(better, origin, 1, 1)).toBe(1);
  });
});

describe('DoubleKickOperator', () => {
  const performance = new PerformanceTriplet(0.6, 0.5, 0.5);

  it('Φ_U keeps the first neighbour with a strictly better score', () => {
    const start = variant({ ansatz_type: 'HardwareEfficient', optimizer: 'COBYLA' });
    const replay = generateNeighbours(start, 8, Xoshiro128.fromSeed(21));
    let expected = start;
    let best = performance.psi;
    for (const neighbour of replay) {
      const score = updateKickScore(neighbour, start, performance.psi);
      if (score > best) {
        expected = neighbour;
        best = score;
      }
    }

    expect(
      new DoubleKickOperator().updateKick(start, performance, Xoshiro128.fromSeed(21)),
    ).toEqual(expected);
    expect(expected).not.toEqual(start);
  });

  it('Φ_U returns the configuration unchanged once ψ = 1', () => {
    const perfect = new PerformanceTriplet(1, 0.5, 0.5);

    expect(new DoubleKickOperator().updateKick(base, perfect, Xoshiro128.fromSeed(2))).toEqual(
      base,
    );
  });

  it('T draws Φ_U then Φ_V from the same generator', () => {
    const rng = Xoshiro128.fromSeed(9);
    const replayRng = Xoshiro128.fromSeed(9);
    const operator = new DoubleKickOperator();
    const intermediate = operator.updateKick(base, performance, replayRng);
    const expected = operator.stabilizationKick(intermediate, performance, replayRng);

    expect(operator.apply(base, performance, rng)).toEqual(expected);
    expect(rng.getState()).toEqual(replayRng.getState());
  });
});
