import { Xoshiro128 } from '../prng/xoshiro128';
import { ANSATZ_TYPES, Configuration, defaultConfiguration, OPTIMIZERS } from './configuration';
import { generateNeighbours, MUTATION_KINDS } from './neighbour-generator';

const FIELDS = [
  'ansatz_depth',
  'learning_rate',
  'max_iterations',
  'num_random_starts',
  'optimizer',
  'ansatz_type',
] as const;

function changedFields(a: Configuration, b: Configuration): string[] {
  return FIELDS.filter((field) => a[field] !== b[field]);
}

describe('generateNeighbours', () => {
  it('is a function of the PRNG state', () => {
    const first = generateNeighbours(defaultConfiguration(), 8, Xoshiro128.fromSeed(7));
    const second = generateNeighbours(defaultConfiguration(), 8, Xoshiro128.fromSeed(7));
    const other = generateNeighbours(defaultConfiguration(), 8, Xoshiro128.fromSeed(8));

    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('draws the kind, then its value, in the documented order', () => {
    const config = defaultConfiguration();
    const neighbours = generateNeighbours(config, 50, Xoshiro128.fromSeed(3));
    const replay = Xoshiro128.fromSeed(3);

    for (const neighbour of neighbours) {
      const kind = replay.choice(MUTATION_KINDS);
      const expected = { ...config, params: {} };
      if (kind === 'ansatz_depth') expected.ansatz_depth += replay.choice([-1, 0, 1]);
      if (kind === 'learning_rate') expected.learning_rate *= replay.uniform(0.8, 1.2);
      if (kind === 'max_iterations')
        expected.max_iterations += replay.choice([-20, -10, 0, 10, 20]);
      if (kind === 'num_random_starts') {
        expected.num_random_starts = Math.max(1, 1 + replay.choice([-1, 0, 1]));
      }
      if (kind === 'optimizer') expected.optimizer = replay.choice(OPTIMIZERS);
      if (kind === 'ansatz_type') expected.ansatz_type = replay.choice(ANSATZ_TYPES);

      expect(neighbour).toEqual(expected);
    }
  });

  it('changes at most one parameter per neighbour and uses all six kinds', () => {
    const config = defaultConfiguration();
    const neighbours = generateNeighbours(config, 400, Xoshiro128.fromSeed(11));
    const changed = neighbours.map((neighbour) => changedFields(config, neighbour));

    expect(neighbours).toHaveLength(400);
    expect(changed.every((fields) => fields.length <= 1)).toBe(true);
    expect(new Set(changed.flat())).toEqual(new Set(FIELDS));
  });

  it('clamps every mutation to its range', () => {
    const high = {
      ...defaultConfiguration(),
      ansatz_depth: 10,
      learning_rate: 0.5,
      max_iterations: 500,
      num_random_starts: 5,
    };
    const low = {
      ...high,
      ansatz_depth: 1,
      learning_rate: 0.001,
      max_iterations: 10,
      num_random_starts: 1,
    };
    const neighbours = [
      ...generateNeighbours(high, 300, Xoshiro128.fromSeed(5)),
      ...generateNeighbours(low, 300, Xoshiro128.fromSeed(6)),
    ];

    for (const neighbour of neighbours) {
      expect(neighbour.ansatz_depth).toBeGreaterThanOrEqual(1);
      expect(neighbour.ansatz_depth).toBeLessThanOrEqual(10);
      expect(neighbour.max_iterations).toBeGreaterThanOrEqual(10);
      expect(neighbour.max_iterations).toBeLessThanOrEqual(500);
      expect(neighbour.num_random_starts).toBeGreaterThanOrEqual(1);
      expect(neighbour.num_random_starts).toBeLessThanOrEqual(5);
    }
    // An lr of 0.5 mutated is clamped to 0.1; one of 0.001 never falls below 0.001.
    const highRates = neighbours.slice(0, 300).map((n) => n.learning_rate);
    expect(highRates.filter((rate) => rate !== 0.5).every((rate) => rate === 0.1)).toBe(true);
    expect(neighbours.slice(300).every((n) => n.learning_rate >= 0.001)).toBe(true);
  });

  it('copies params so a neighbour never shares them with its origin', () => {
    const config = { ...defaultConfiguration(), params: { layers: [1, 2] } };
    const [neighbour] = generateNeighbours(config, 1, Xoshiro128.fromSeed(1));

    expect(neighbour.params).toEqual(config.params);
    expect(neighbour.params).not.toBe(config.params);
  });
});
