import { KernelInputError } from '../dionice/kernel-errors';
import { Configuration, defaultConfiguration } from './configuration';
import { CriRegimeSwitch, nextRegimeConfiguration } from './cri-regime-switch';
import { encodeFeedback } from './feedback-encoder';
import { MandorlaField } from './mandorla-field';
import { PerformanceTriplet } from './performance-triplet';

/** A triplet whose J is exactly `j` (ρ = ω = 1). */
const withJ = (j: number) => new PerformanceTriplet(j, 1, 1);

function switchWith(js: number[]): CriRegimeSwitch {
  const cri = new CriRegimeSwitch();
  js.forEach((j) => cri.update(withJ(j)));

  return cri;
}

function unitField(): MandorlaField {
  const field = new MandorlaField();
  field.update(encodeFeedback(new PerformanceTriplet(0.9, 0.8, 0.7)));

  return field;
}

describe('CriRegimeSwitch', () => {
  it('returns J = ψρω and keeps the last 10 values', () => {
    const cri = new CriRegimeSwitch();

    expect(cri.update(new PerformanceTriplet(0.5, 0.5, 0.4))).toBe(0.1);
    for (let step = 1; step <= 12; step++) {
      cri.update(withJ(step / 100));
    }

    expect(cri.diagnostics()).toEqual({
      steps_since_impulse: 13,
      current_j_t: 0.12,
      is_stagnating: false,
      is_degrading: false,
      history_length: 10,
      j_t_history: [0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12],
    });
  });

  describe('isStagnating', () => {
    it('needs five values', () => {
      expect(switchWith([0.5, 0.5, 0.5, 0.5]).isStagnating()).toBe(false);
      expect(switchWith([0.5, 0.5, 0.5, 0.5, 0.5]).isStagnating()).toBe(true);
    });

    it('is false when the last five vary by more than the threshold', () => {
      expect(switchWith([0.1, 0.5, 0.1, 0.5, 0.1]).isStagnating()).toBe(false);
    });

    it('is false with ten values when the last five beat the previous five', () => {
      const rising = [0.5, 0.5, 0.5, 0.5, 0.5, 0.52, 0.52, 0.52, 0.52, 0.52];

      expect(switchWith(rising).isStagnating()).toBe(false);
      expect(switchWith(rising.slice(1)).isStagnating()).toBe(true);
      expect(
        switchWith([...rising.slice(0, 5), 0.505, 0.505, 0.505, 0.505, 0.505]).isStagnating(),
      ).toBe(true);
    });
  });

  it('isDegrading needs ten values and a drop of the window mean by more than 0.05', () => {
    const falling = [0.8, 0.8, 0.8, 0.8, 0.8, 0.7, 0.7, 0.7, 0.7, 0.7];

    expect(switchWith(falling).isDegrading()).toBe(true);
    expect(switchWith(falling.slice(1)).isDegrading()).toBe(false);
    expect(switchWith(falling.map((j, i) => (i < 5 ? 0.74 : j))).isDegrading()).toBe(false);
  });

  it('triggers only after min_steps, when stuck, with a field', () => {
    const flat = Array.from({ length: 9 }, () => 0.6);
    const cri = switchWith(flat);

    expect(cri.shouldTrigger(unitField())).toBe(false);
    cri.update(withJ(0.6));
    expect(cri.shouldTrigger(unitField())).toBe(true);
    expect(cri.shouldTrigger(new MandorlaField())).toBe(false);
  });

  it('resets its step counter on an impulse and counts impulses', () => {
    const cri = switchWith(Array.from({ length: 10 }, () => 0.6));
    const next = cri.applyImpulse(defaultConfiguration());

    expect(next.algorithm).toBe('QAOA');
    expect(cri.diagnostics().steps_since_impulse).toBe(0);
    expect(cri.impulseCount).toBe(1);
    expect(cri.shouldTrigger(unitField())).toBe(false);
  });

  it('round-trips its state', () => {
    const cri = switchWith([0.1, 0.2, 0.3]);
    cri.applyImpulse(defaultConfiguration());
    const copy = CriRegimeSwitch.restore(cri.config, JSON.parse(JSON.stringify(cri.toJSON())));

    expect(copy.diagnostics()).toEqual(cri.diagnostics());
    expect(copy.impulseCount).toBe(1);
    expect(() =>
      CriRegimeSwitch.restore(cri.config, { ...cri.toJSON(), impulse_count: -1 }),
    ).toThrow('cri.impulse_count must be an integer >= 0, got -1');
    expect(() =>
      CriRegimeSwitch.restore(cri.config, {
        ...cri.toJSON(),
        j_t_history: new Array(11).fill(0.5),
      }),
    ).toThrow(KernelInputError);
  });
});

describe('nextRegimeConfiguration', () => {
  const from = (overrides: Partial<Configuration>) =>
    nextRegimeConfiguration({ ...defaultConfiguration(), ...overrides });

  it('moves VQE to QAOA at depth 3 and QAOA to VQE at depth 2', () => {
    expect(from({ algorithm: 'VQE', ansatz_depth: 7 })).toMatchObject({
      algorithm: 'QAOA',
      ansatz_depth: 3,
    });
    expect(from({ algorithm: 'QAOA', ansatz_depth: 7 })).toMatchObject({
      algorithm: 'VQE',
      ansatz_depth: 2,
    });
    expect(from({ algorithm: 'Grover', ansatz_depth: 7 })).toMatchObject({
      algorithm: 'VQE',
      ansatz_depth: 7,
    });
  });

  it('cycles the ansatz and the optimizer and sets the learning rate', () => {
    const cycle = (
      ansatz_type: Configuration['ansatz_type'],
      optimizer: Configuration['optimizer'],
    ) => {
      const next = from({ ansatz_type, optimizer });

      return [next.ansatz_type, next.optimizer, next.learning_rate];
    };

    expect(cycle('Metatron', 'Adam')).toEqual(['EfficientSU2', 'LBFGS', 0.1]);
    expect(cycle('EfficientSU2', 'LBFGS')).toEqual(['HardwareEfficient', 'GradientDescent', 0.005]);
    expect(cycle('HardwareEfficient', 'GradientDescent')).toEqual(['Metatron', 'Adam', 0.01]);
    expect(cycle('Metatron', 'COBYLA')).toEqual(['EfficientSU2', 'Adam', 0.01]);
  });

  it('keeps the other fields', () => {
    const next = from({ max_iterations: 250, num_random_starts: 4, name: 'mine' });

    expect(next).toMatchObject({ max_iterations: 250, num_random_starts: 4, name: 'mine' });
  });
});
