import { HdagField } from './hdag-field';

const origin = { x: 0, y: 0, z: 0, psi: 0, omega: 0 };

describe('HdagField', () => {
  it('has a zero gradient while empty, so it does not steer the funnel', () => {
    expect(new HdagField().gradient({ ...origin, x: 3 })).toEqual([0, 0, 0, 0, 0]);
  });

  it('points towards a resonant tensor', () => {
    const field = new HdagField();
    field.addTensor({ ...origin, x: 2 }, 1);

    expect(field.gradient(origin)).toEqual([2, 0, 0, 0, 0]);
  });

  it('weights tensors by resonance over squared distance', () => {
    const field = new HdagField();
    field.addTensor({ ...origin, x: 1 }, 1);
    field.addTensor({ ...origin, y: 2 }, 1);
    // Weights 1 and 1/4: pull (1, 0.5) over total weight 1.25.
    const gradient = field.gradient(origin);

    expect(gradient[0]).toBeCloseTo(0.8, 9);
    expect(gradient[1]).toBeCloseTo(0.4, 9);
  });

  it('gains Φ·cos(ω − Φ) resonance when relaxed', () => {
    const field = new HdagField();
    const id = field.addTensor({ ...origin, omega: 1 }, 0.5);
    field.relax(2, 0);

    expect(field.tensor(id)?.resonance).toBe(0.5 + 2 * Math.cos(1 - 2));
  });

  it('sets phase gradients and coherences on relax, damped by μ', () => {
    const field = new HdagField();
    const a = field.addTensor({ ...origin, omega: 0 }, 0);
    const b = field.addTensor({ ...origin, omega: 0 }, 0);
    field.addTransition(a, b);
    field.relax(0, 0);
    const undamped = field.transitionList()[0].coherence;
    field.relax(0, 5);

    expect(undamped).toBe(1);
    expect(field.transitionList()[0]).toEqual({
      from: a,
      to: b,
      phaseGradient: 0,
      coherence: Math.exp(-0.5),
    });
  });

  it('drops transitions whose coherence falls to 0.01 or below', () => {
    const field = new HdagField();
    const a = field.addTensor({ ...origin, omega: 0 }, 0);
    const b = field.addTensor({ ...origin, omega: 0 }, 10);
    field.addTransition(a, b);
    field.relax(0, 0);

    expect(field.transitionCount).toBe(0);
  });

  it('round-trips through JSON', () => {
    const field = new HdagField();
    const a = field.addTensor({ ...origin, x: 1, omega: 0.5 }, 0.3);
    const b = field.addTensor({ ...origin, y: 1, omega: 0.2 }, 0.4);
    field.addTransition(a, b);
    const copy = HdagField.restore(JSON.parse(JSON.stringify(field.toJSON())));
    field.relax(0.7, 0.1);
    copy.relax(0.7, 0.1);

    expect(copy.toJSON()).toEqual(field.toJSON());
    expect(copy.addTensor(origin)).toBe(2);
  });
});
