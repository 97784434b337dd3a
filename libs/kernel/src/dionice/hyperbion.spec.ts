import { Hyperbion } from './hyperbion';

const at = (omega: number, psi = 0.5, x = 0) => ({ x, y: 1, z: 0, psi, omega });

describe('Hyperbion', () => {
  it('defaults to α = β = 1', () => {
    const hyperbion = new Hyperbion();

    expect([hyperbion.alpha, hyperbion.beta]).toEqual([1, 1]);
  });

  it('gives Φ = ω and μ = 0 for one state', () => {
    expect(new Hyperbion().absorb([at(4)])).toEqual({ phi: 4, mu: 0 });
  });

  it('takes the ψ-weighted mean time as Φ', () => {
    expect(new Hyperbion().absorb([at(10), at(20)]).phi).toBe(15);
    expect(new Hyperbion().absorb([at(10, 0.75), at(20, 0.25)]).phi).toBeCloseTo(12.5, 8);
  });

  it('reads spread in x as μ > 0', () => {
    // Population variance of x = {0, 3} is 2.25, over three axes 0.75.
    expect(new Hyperbion().absorb([at(0, 0.5, 0), at(0, 0.5, 3)]).mu).toBe(0.75);
  });

  it('evaluates α·Φ + β·μ', () => {
    expect(new Hyperbion(2, 3).evaluate({ phi: 5, mu: 7 })).toBe(31);
  });

  it('absorbs an empty batch as zero', () => {
    expect(new Hyperbion().absorb([])).toEqual({ phi: 0, mu: 0 });
  });
});
