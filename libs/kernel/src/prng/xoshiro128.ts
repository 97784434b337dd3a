/**
 * The kernel's seeded pseudo-random generator: xoshiro128** (Blackman and Vigna), a 128-bit
 * state seeded from a 32-bit integer through splitmix32. Every random choice the kernel makes
 * (neighbour generation, evaluator seeds, random ansatz starts) is drawn from one of these, so a
 * run is a pure function of its seed. The state is four 32-bit words and round-trips through
 * JSON, which is what lets a calibration stop and continue bit for bit.
 */
export type Xoshiro128State = [number, number, number, number];

const UINT32 = 0x1_0000_0000;
const TWO_POW_53 = 9007199254740992;

export class Xoshiro128 {
  private readonly s: Uint32Array;

  private constructor(state: ArrayLike<number>) {
    this.s = Uint32Array.from(state);
    if (this.s.every((word) => word === 0)) {
      throw new RangeError('xoshiro128** state must not be all zero');
    }
  }

  /** A generator seeded from an unsigned 32-bit integer (0 to 4294967295). */
  static fromSeed(seed: number): Xoshiro128 {
    assertSeed(seed);
    let x = seed >>> 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      words.push((z ^ (z >>> 16)) >>> 0);
    }

    return new Xoshiro128(words);
  }

  /** A generator that continues exactly where the one that produced `state` stopped. */
  static fromState(state: readonly number[]): Xoshiro128 {
    const valid =
      Array.isArray(state) &&
      state.length === 4 &&
      state.every((word) => Number.isInteger(word) && word >= 0 && word < UINT32);
    if (!valid) {
      throw new RangeError('xoshiro128** state must be four unsigned 32-bit integers');
    }

    return new Xoshiro128(state);
  }

  getState(): Xoshiro128State {
    return [this.s[0], this.s[1], this.s[2], this.s[3]];
  }

  /** The next unsigned 32-bit output. */
  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);

    return result;
  }

  /** A float in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;

    return (high * 67108864 + low) / TWO_POW_53;
  }

  /** A float in [a, b). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.nextFloat();
  }

  /** An integer in [0, n), without modulo bias. */
  nextInt(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > UINT32) {
      throw new RangeError(`nextInt bound must be an integer in [1, 2^32], got ${n}`);
    }
    const limit = UINT32 - (UINT32 % n);
    let draw = this.nextUint32();
    while (draw >= limit) {
      draw = this.nextUint32();
    }

    return draw % n;
  }

  /** One element of a non-empty list, uniformly. */
  choice<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('choice needs a non-empty list');
    }

    return items[this.nextInt(items.length)];
  }
}

/** Throws unless `seed` is an unsigned 32-bit integer. */
export function assertSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed >= UINT32) {
    throw new RangeError(`seed must be an integer in [0, 4294967295], got ${seed}`);
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
