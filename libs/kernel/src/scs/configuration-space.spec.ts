import { KernelInputError } from '../dionice/kernel-errors';
import { Configuration, defaultConfiguration } from './configuration';
import {
  configurationDistance,
  isValidConfiguration,
  parseConfiguration,
  readConfiguration,
  validateConfiguration,
} from './configuration-space';

describe('configuration space', () => {
  it('accepts the default configuration', () => {
    expect(validateConfiguration(defaultConfiguration())).toEqual([]);
    expect(isValidConfiguration(defaultConfiguration())).toBe(true);
  });

  it('lists every violated rule, naming the field and the value', () => {
    const config = {
      ...defaultConfiguration(),
      algorithm: 'Shor',
      ansatz_depth: 11,
      learning_rate: 0,
      max_iterations: 0.5,
      num_random_starts: 0,
      shot_count: -3,
    };

    expect(validateConfiguration(config)).toEqual([
      'algorithm must be one of VQE, QAOA, QuantumWalk, Grover, Boson, VQC, Integration, got "Shor"',
      'ansatz_depth must be an integer in [1, 10], got 11',
      'learning_rate must be a number in (0, 1], got 0',
      'max_iterations must be an integer >= 1, got 0.5',
      'num_random_starts must be an integer >= 1, got 0',
      'shot_count must be null or an integer >= 1, got -3',
    ]);
    expect(isValidConfiguration(config)).toBe(false);
  });

  it('keeps the original bounds: depth 1..10, 0 < lr <= 1', () => {
    const at = (overrides: object) =>
      isValidConfiguration({ ...defaultConfiguration(), ...overrides });

    expect([at({ ansatz_depth: 1 }), at({ ansatz_depth: 10 }), at({ ansatz_depth: 0 })]).toEqual([
      true,
      true,
      false,
    ]);
    expect([at({ learning_rate: 1 }), at({ learning_rate: 1.01 })]).toEqual([true, false]);
  });

  it('rejects something that is not an object', () => {
    expect(validateConfiguration([])).toEqual(['configuration must be an object, got an array']);
  });

  describe('parseConfiguration', () => {
    it('fills missing keys with the defaults and drops unknown keys', () => {
      const config = parseConfiguration({ algorithm: 'QAOA', ansatz_depth: 4, colour: 'blue' });

      expect(config).toEqual({
        ...defaultConfiguration(),
        algorithm: 'QAOA',
        ansatz_depth: 4,
        name: null,
      });
    });

    it('throws one KernelInputError listing all problems', () => {
      const parse = () => parseConfiguration({ optimizer: 'SGD', ansatz_depth: 0 }, 'config file');

      expect(parse).toThrow(KernelInputError);
      expect(parse).toThrow(
        'Invalid config file: ansatz_depth must be an integer in [1, 10], got 0; ' +
          'optimizer must be one of Adam, LBFGS, GradientDescent, COBYLA, got "SGD"',
      );
    });
  });

  it('readConfiguration fills nothing in', () => {
    const incomplete: Partial<Configuration> = defaultConfiguration();
    delete incomplete.learning_rate;

    expect(() => readConfiguration(incomplete, 'state.current_config')).toThrow(
      'Invalid state.current_config: learning_rate must be a number in (0, 1], got undefined',
    );
  });

  it('measures distance with the original weights', () => {
    const a = defaultConfiguration();
    const b = {
      ...a,
      algorithm: 'QAOA' as const,
      optimizer: 'LBFGS' as const,
      ansatz_depth: 5,
      learning_rate: 0.06,
      max_iterations: 150,
      num_random_starts: 3,
    };

    // 2 names + 3/10 + 0.05/0.1 + 50/100 + 2/5.
    expect(configurationDistance(a, b)).toBeCloseTo(2 + 0.3 + 0.5 + 0.5 + 0.4, 12);
    expect(configurationDistance(a, a)).toBe(0);
  });
});
