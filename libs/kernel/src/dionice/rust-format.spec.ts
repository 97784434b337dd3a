import { formatRustFixed } from './rust-format';

describe('formatRustFixed', () => {
  it('rounds exact binary ties half to even, as Rust {:.4} does', () => {
    expect(formatRustFixed(0.03125)).toBe('0.0312');
    expect(formatRustFixed(0.09375)).toBe('0.0938');
    expect(formatRustFixed(0.15625)).toBe('0.1562');
    expect(formatRustFixed(1.46875)).toBe('1.4688');
    expect(formatRustFixed(-0.03125)).toBe('-0.0312');
  });

  it('differs from toFixed exactly on those ties', () => {
    expect((0.03125).toFixed(4)).toBe('0.0313');
    expect(formatRustFixed(0.03125)).not.toBe((0.03125).toFixed(4));
  });

  it('rounds non-ties to the nearest by their exact binary value', () => {
    expect(formatRustFixed(0.04999999999999993)).toBe('0.0500');
    expect(formatRustFixed(0.00015)).toBe('0.0001');
    expect(formatRustFixed(0.00005)).toBe('0.0001');
    expect(formatRustFixed(0.1)).toBe('0.1000');
    expect(formatRustFixed(0.85)).toBe('0.8500');
  });

  it('handles other precisions', () => {
    expect(formatRustFixed(2.5, 0)).toBe('2');
    expect(formatRustFixed(3.5, 0)).toBe('4');
    expect(formatRustFixed(0.125, 2)).toBe('0.12');
    expect(formatRustFixed(0.375, 2)).toBe('0.38');
    expect(formatRustFixed(1 / 3, 6)).toBe('0.333333');
  });

  it('prints what Rust prints for special values', () => {
    expect(formatRustFixed(Number.NaN)).toBe('NaN');
    expect(formatRustFixed(Number.POSITIVE_INFINITY)).toBe('inf');
    expect(formatRustFixed(Number.NEGATIVE_INFINITY)).toBe('-inf');
    expect(formatRustFixed(-0)).toBe('-0.0000');
    expect(formatRustFixed(1e21)).toBe('1000000000000000000000.0000');
  });

  it('rejects an invalid precision', () => {
    expect(() => formatRustFixed(1, -1)).toThrow(
      'precision must be an integer in [0, 100], got -1',
    );
  });
});
