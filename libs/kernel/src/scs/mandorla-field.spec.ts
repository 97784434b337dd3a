import { KernelInputError } from '../dionice/kernel-errors';
import { BASELINE_TRIPLET } from './estimate-evaluator';
import { encodeFeedback } from './feedback-encoder';
import { MandorlaField } from './mandorla-field';
import { PerformanceTriplet } from './performance-triplet';

const baseline = PerformanceTriplet.fromJSON(BASELINE_TRIPLET);

function unit(vector: number[]): number[] {
  const length = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

  return vector.map((value) => value / length);
}

describe('MandorlaField', () => {
  it('starts at zero with the original constants', () => {
    const field = new MandorlaField();

    expect(field.norm()).toBe(0);
    expect(field.toJSON()).toMatchObject({
      dimension: 16,
      alpha: 0.95,
      gamma: 0.5,
      beta_weights: [0.1, 0.1, 0.1],
    });
  });

  it('after one update holds the normalised injection, as after initialize()', () => {
    const field = new MandorlaField();
    const injection = encodeFeedback(baseline);
    field.update(injection);

    unit(injection).forEach((value, index) =>
      expect(field.fieldState[index]).toBeCloseTo(value, 15),
    );
    expect(field.norm()).toBeCloseTo(1, 15);
    expect(field.resonanceWith(injection)).toBeCloseTo(1, 9);
  });

  it('mixes memory, submodules and injection: N = 0.95·M + Σ 0.1·G + 0.5·I', () => {
    const field = new MandorlaField();
    const first = encodeFeedback(baseline);
    const second = encodeFeedback(new PerformanceTriplet(0.2, 0.9, 0.4));
    field.update(first);
    field.updateSubmodules(baseline, 'QAOA');
    const memory = field.fieldState;
    const submodule = field.toJSON().submodule_states[1];
    field.update(second);

    const mixed = memory.map(
      (value, index) => 0.95 * value + 0.1 * submodule[index] + 0.5 * second[index],
    );
    unit(mixed).forEach((value, index) => expect(field.fieldState[index]).toBeCloseTo(value, 14));
  });

  it('moves the algorithm submodule 20% towards its encoding', () => {
    const field = new MandorlaField();
    field.updateSubmodules(baseline, 'VQC');
    field.updateSubmodules(baseline, 'VQC');
    const [g0, g1, g2] = field.toJSON().submodule_states;

    expect(g0.every((value) => value === 0) && g1.every((value) => value === 0)).toBe(true);
    // After two updates from zero: 0.2·e·0.8 + 0.2·e = 0.36·e.
    expect(g2[0]).toBeCloseTo(0.36 * baseline.psi, 15);
    expect(g2[3]).toBeCloseTo(0.36 * baseline.harmonicMean(), 15);
    expect(g2[5]).toBeCloseTo(0.36 * Math.sin((2 * Math.PI * 5) / 16) * baseline.psi, 15);
  });

  it('routes unknown algorithms to submodule 0', () => {
    const field = new MandorlaField();
    field.updateSubmodules(baseline, 'Integration');

    expect(field.toJSON().submodule_states[0][0]).toBeCloseTo(0.2 * baseline.psi, 15);
  });

  it('round-trips through JSON', () => {
    const field = new MandorlaField();
    field.update(encodeFeedback(baseline));
    field.updateSubmodules(baseline, 'Boson');
    const copy = MandorlaField.fromJSON(JSON.parse(JSON.stringify(field.toJSON())));
    const next = encodeFeedback(new PerformanceTriplet(0.3, 0.6, 0.9));
    field.update(next);
    copy.update(next);

    expect(copy.toJSON()).toEqual(field.toJSON());
  });

  it.each([
    [{ dimension: 8 }, 'field.dimension must be 16, got 8'],
    [{ field_state: [1, 2] }, 'field.field_state must have 16 entries, got 2'],
    [{ alpha: 'high' }, 'field.alpha must be a finite number, got "high"'],
    [{ submodule_states: [[], [], []] }, 'field.submodule_states[0] must have 16 entries, got 0'],
  ])('rejects a corrupt field %j', (override, message) => {
    const state = { ...new MandorlaField().toJSON(), ...override };

    expect(() => MandorlaField.fromJSON(state)).toThrow(KernelInputError);
    expect(() => MandorlaField.fromJSON(state)).toThrow(message);
  });
});
