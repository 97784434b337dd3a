import { Xoshiro128 } from '../../prng/xoshiro128';
import { QsoAnsatzType } from '../ansatz/create-ansatz';

/** Half-width of the uniform range of HardwareEfficient and EfficientSU2 starts: [−0.1, 0.1). */
export const RANDOM_START_HALF_WIDTH = 0.1;

/**
 * Initial parameters of one VQE start. HardwareEfficient and EfficientSU2 draw each parameter
 * uniformly from [−0.1, 0.1) in index order. Metatron uses the original's deterministic
 * pᵢ = 0.01·cos(2πi/n); for starts after the first, `metatronNoise` > 0 adds uniform noise in
 * [−noise, noise) so that multi-start trials differ (0 keeps the original's identical trials).
 */
export function vqeInitialParameters(
  type: QsoAnsatzType,
  count: number,
  start: number,
  rng: Xoshiro128,
  metatronNoise: number,
): Float64Array {
  const parameters = new Float64Array(count);
  if (type === 'HardwareEfficient' || type === 'EfficientSU2') {
    for (let i = 0; i < count; i++) {
      parameters[i] = rng.uniform(-RANDOM_START_HALF_WIDTH, RANDOM_START_HALF_WIDTH);
    }

    return parameters;
  }

  for (let i = 0; i < count; i++) {
    parameters[i] = 0.01 * Math.cos((2 * Math.PI * i) / count);
  }
  if (start > 0 && metatronNoise > 0) {
    for (let i = 0; i < count; i++) {
      parameters[i] += rng.uniform(-metatronNoise, metatronNoise);
    }
  }

  return parameters;
}
