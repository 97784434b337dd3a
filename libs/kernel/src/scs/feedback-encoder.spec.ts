import { BASELINE_TRIPLET } from './estimate-evaluator';
import { encodeFeedback, FEEDBACK_DIMENSION } from './feedback-encoder';
import { PerformanceTriplet } from './performance-triplet';

describe('encodeFeedback', () => {
  it("reproduces the original's injection for its baseline triplet", () => {
    const injection = encodeFeedback(PerformanceTriplet.fromJSON(BASELINE_TRIPLET));
    const original = [
      0.97303, 0.71416, 0.78536, 0.81053, 0.8172, 1.44, 0.69489, 0.76418, 0.54574, -0.18028,
      -0.1911, -0.27497, -0.38921, -0.4442, -0.35933, -0.11761,
    ];

    expect(injection).toHaveLength(FEEDBACK_DIMENSION);
    injection.forEach((component, index) => expect(component).toBeCloseTo(original[index], 5));
  });

  it('puts the triplet and its products first', () => {
    const injection = encodeFeedback(new PerformanceTriplet(0.5, 0.25, 1));

    expect(injection.slice(0, 9)).toEqual([
      0.5,
      0.25,
      1,
      3 / (2 + 4 + 1),
      0.5,
      Math.sqrt(0.25 + 0.0625 + 1),
      0.125,
      0.5,
      0.125,
    ]);
  });
});
