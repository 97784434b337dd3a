import { Xoshiro128 } from '../../prng/xoshiro128';
import { createAnsatz, QSO_ANSATZ_TYPES } from '../ansatz/create-ansatz';
import { MetatronHamiltonian } from '../hamiltonian/metatron-hamiltonian';
import { VqeObjective } from './vqe-objective';

describe('VqeObjective', () => {
  it.each(QSO_ANSATZ_TYPES)(
    '%s: the prefix-reusing gradient is bit-identical to re-running each shifted circuit',
    (type) => {
      const objective = new VqeObjective(createAnsatz(type, 2), new MetatronHamiltonian());
      const rng = Xoshiro128.fromSeed(11);
      const theta = Float64Array.from({ length: objective.dimension }, () => rng.uniform(-1, 1));
      const gradient = new Float64Array(objective.dimension);
      const energy = objective.valueAndGradient(theta, gradient);

      expect(energy).toBe(objective.value(theta));
      for (let i = 0; i < objective.dimension; i++) {
        const shifted = theta.slice();
        shifted[i] = theta[i] + Math.PI / 2;
        const forward = objective.value(shifted);
        shifted[i] = theta[i] - Math.PI / 2;
        const backward = objective.value(shifted);
        expect(gradient[i]).toBe((forward - backward) / 2);
      }
    },
  );

  it('counts 1 + 2n evaluations per gradient, and gives dead parameters a zero gradient', () => {
    const objective = new VqeObjective(
      createAnsatz('HardwareEfficient', 1),
      new MetatronHamiltonian(),
    );
    const theta = Float64Array.from({ length: 26 }, (_, i) => 0.05 * i);
    const gradient = new Float64Array(26);
    objective.valueAndGradient(theta, gradient);

    expect(objective.evaluations).toBe(53);
    expect(gradient[12]).toBe(0);
    expect(gradient.filter((component) => component !== 0).length).toBe(25);
  });

  it('is not the exact gradient: it differs from central differences', () => {
    const objective = new VqeObjective(createAnsatz('Metatron', 1), new MetatronHamiltonian());
    const rng = Xoshiro128.fromSeed(5);
    const theta = Float64Array.from({ length: 26 }, () => rng.uniform(-1, 1));
    const gradient = new Float64Array(26);
    objective.valueAndGradient(theta, gradient);
    const h = 1e-6;
    const exact = Array.from(theta, (_, i) => {
      const shifted = theta.slice();
      shifted[i] += h;
      const forward = objective.value(shifted);
      shifted[i] -= 2 * h;

      return (forward - objective.value(shifted)) / (2 * h);
    });

    const largest = Math.max(...exact.map((value, i) => Math.abs(value - gradient[i])));
    expect(largest).toBeGreaterThan(1e-3);
  });
});
