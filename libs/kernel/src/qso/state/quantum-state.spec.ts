import { Xoshiro128 } from '../../prng/xoshiro128';
import { QsoInputError } from '../qso-input.error';
import { QuantumState } from './quantum-state';

describe('QuantumState', () => {
  it('builds the uniform state with every amplitude 1/√13', () => {
    const state = QuantumState.uniform();

    expect(state.norm()).toBeCloseTo(1, 15);
    expect(state.probabilities().every((p) => Math.abs(p - 1 / 13) < 1e-16)).toBe(true);
  });

  it('draws normalised random states that depend only on the generator state', () => {
    const first = QuantumState.random(Xoshiro128.fromSeed(21));
    const again = QuantumState.random(Xoshiro128.fromSeed(21));

    expect(first.norm()).toBeCloseTo(1, 14);
    expect(Array.from(again.re)).toEqual(Array.from(first.re));
    expect(Array.from(QuantumState.random(Xoshiro128.fromSeed(22)).re)).not.toEqual(
      Array.from(first.re),
    );
  });

  it('takes the inner product conjugate-linear in the first state', () => {
    const a = new QuantumState(basisVector(0), basisVector(1));
    const b = QuantumState.basis(1);

    expect(a.innerProduct(b)).toEqual({ re: 0, im: -1 });
    expect(b.innerProduct(a)).toEqual({ re: 0, im: 1 });
  });

  it('normalises the zero vector to |0⟩, as the original does', () => {
    const zero = new QuantumState(new Float64Array(13)).normalized();

    expect(zero.probabilities()[0]).toBe(1);
  });

  it('refuses a wrong number of amplitudes and an out-of-range basis index', () => {
    expect(() => new QuantumState([1, 0])).toThrow(QsoInputError);
    expect(() => QuantumState.basis(13)).toThrow(/index/);
  });
});

function basisVector(index: number): Float64Array {
  const vector = new Float64Array(13);
  vector[index] = 1;

  return vector;
}
