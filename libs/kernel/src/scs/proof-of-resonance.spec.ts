import { KernelInputError } from '../dionice/kernel-errors';
import { encodeFeedback } from './feedback-encoder';
import { MandorlaField } from './mandorla-field';
import { PerformanceTriplet } from './performance-triplet';
import { DEFAULT_POR_CRITERIA, ProofOfResonance } from './proof-of-resonance';

const current = new PerformanceTriplet(0.8, 0.7, 0.6);

describe('ProofOfResonance', () => {
  it('uses the original default criteria', () => {
    expect(new ProofOfResonance().criteria).toEqual({
      min_quality_delta: 0,
      stability_tolerance: 0.1,
      min_efficiency: 0.3,
      min_field_resonance: 0,
    });
    expect(DEFAULT_POR_CRITERIA.min_efficiency).toBe(0.3);
  });

  it('reports every check without a field', () => {
    const candidate = new PerformanceTriplet(0.85, 0.65, 0.6);

    expect(new ProofOfResonance().detailedCheck(current, candidate)).toEqual({
      quality: { pass: true, current: 0.8, candidate: 0.85, delta: 0.85 - 0.8 },
      stability: { pass: true, current: 0.7, candidate: 0.65, delta: 0.65 - 0.7, tolerance: 0.1 },
      efficiency: { pass: true, candidate: 0.6, min_threshold: 0.3 },
      field_resonance: { pass: true, resonance: null },
      overall: true,
    });
  });

  it.each([
    ['quality falls', new PerformanceTriplet(0.79, 0.7, 0.6), 'quality'],
    [
      'stability falls by more than the tolerance',
      new PerformanceTriplet(0.8, 0.59, 0.6),
      'stability',
    ],
    ['efficiency is below 0.3', new PerformanceTriplet(0.8, 0.7, 0.29), 'efficiency'],
  ] as const)('rejects when %s', (_case, candidate, failing) => {
    const verdict = new ProofOfResonance().detailedCheck(current, candidate);

    expect(verdict.overall).toBe(false);
    expect(verdict[failing].pass).toBe(false);
    expect(new ProofOfResonance().check(current, candidate)).toBe(false);
  });

  it('checks the cosine between the field and the candidate injection', () => {
    const field = new MandorlaField();
    field.update(encodeFeedback(current));
    const candidate = new PerformanceTriplet(0.82, 0.7, 0.62);
    const injection = encodeFeedback(candidate);
    const resonance = field.resonanceWith(injection);

    expect(
      new ProofOfResonance().detailedCheck(current, candidate, field, injection).field_resonance,
    ).toEqual({
      pass: true,
      resonance,
      min_threshold: 0,
    });
    const strict = new ProofOfResonance({ min_field_resonance: 0.99999 });
    expect(strict.check(current, candidate, field, injection)).toBe(resonance >= 0.99999);

    const opposite = injection.map((component) => -component);
    expect(new ProofOfResonance().check(current, candidate, field, opposite)).toBe(false);
  });

  it('rejects criteria that are not finite numbers', () => {
    expect(() => new ProofOfResonance({ min_efficiency: Number.NaN })).toThrow(KernelInputError);
    expect(() => new ProofOfResonance({ min_efficiency: Number.NaN })).toThrow(
      'porCriteria.min_efficiency must be a finite number, got NaN',
    );
  });
});
