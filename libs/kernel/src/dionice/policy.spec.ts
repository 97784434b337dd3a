import { adaptToDensity, parsePolicy, policyParams } from './policy';
import { KernelInputError } from './kernel-errors';

describe('policies', () => {
  it('carries the constants of the original policy table', () => {
    expect(policyParams('explore')).toEqual({
      alphaHebb: 0.5,
      decay: 0.05,
      thetaSplit: 10,
      thetaMerge: 0.5,
      thetaPrune: 0.01,
      strictPhaseLock: false,
      targetDensity: null,
    });
    expect(policyParams('exploit')).toEqual({
      alphaHebb: 0.2,
      decay: 0.01,
      thetaSplit: 20,
      thetaMerge: 2.0,
      thetaPrune: 0.1,
      strictPhaseLock: true,
      targetDensity: null,
    });
    expect(policyParams('homeostasis')).toEqual({
      alphaHebb: 0.3,
      decay: 0.03,
      thetaSplit: 15,
      thetaMerge: 1.0,
      thetaPrune: 0.05,
      strictPhaseLock: false,
      targetDensity: 1.0,
    });
  });

  it('hands out a fresh copy each time', () => {
    const params = policyParams('explore');
    params.decay = 99;

    expect(policyParams('explore').decay).toBe(0.05);
  });

  it('parses names case-insensitively and rejects unknown ones', () => {
    expect(parsePolicy('EXPLOIT')).toBe('exploit');
    expect(parsePolicy('Homeostasis')).toBe('homeostasis');
    expect(() => parsePolicy('greedy')).toThrow(KernelInputError);
    expect(() => parsePolicy('greedy')).toThrow(
      'policy must be one of explore, exploit, homeostasis (case-insensitive), got "greedy"',
    );
  });

  describe('adaptToDensity', () => {
    const homeostasis = policyParams('homeostasis');

    it('loosens when the funnel is too dense', () => {
      const adapted = adaptToDensity(homeostasis, 1.5);

      expect(adapted.decay).toBeCloseTo(0.033, 12);
      expect(adapted.alphaHebb).toBeCloseTo(0.27, 12);
      expect(adapted.thetaPrune).toBeCloseTo(0.055, 12);
    });

    it('tightens when the funnel is too sparse', () => {
      const adapted = adaptToDensity(homeostasis, 0.5);

      expect(adapted.decay).toBeCloseTo(0.027, 12);
      expect(adapted.alphaHebb).toBeCloseTo(0.33, 12);
      expect(adapted.thetaPrune).toBeCloseTo(0.045, 12);
    });

    it('leaves the constants alone inside the band', () => {
      expect(adaptToDensity(homeostasis, 1.1)).toEqual(homeostasis);
    });

    it('clamps to the allowed ranges', () => {
      const extreme = { ...homeostasis, decay: 0.5, alphaHebb: 0.01, thetaPrune: 0.0001 };

      expect(adaptToDensity(extreme, 1.0)).toMatchObject({
        decay: 0.2,
        alphaHebb: 0.05,
        thetaPrune: 0.001,
      });
    });

    it('does not adapt a policy without a target density', () => {
      expect(adaptToDensity(policyParams('explore'), 50)).toEqual(policyParams('explore'));
    });
  });
});
