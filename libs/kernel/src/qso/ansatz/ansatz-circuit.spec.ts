import { Xoshiro128 } from '../../prng/xoshiro128';
import { QsoInputError } from '../qso-input.error';
import { QuantumState } from '../state/quantum-state';
import { createAnsatz, QSO_ANSATZ_TYPES, QsoAnsatzType } from './create-ansatz';

const PARAMETERS_PER_LAYER: Record<QsoAnsatzType, number> = {
  HardwareEfficient: 26,
  EfficientSU2: 39,
  Metatron: 26,
  MetatronFull: 91,
};

describe('ansatz circuits', () => {
  it.each(QSO_ANSATZ_TYPES)('%s has its parameter count per layer', (type) => {
    for (const depth of [1, 2, 3]) {
      expect(createAnsatz(type, depth).parameterCount).toBe(PARAMETERS_PER_LAYER[type] * depth);
    }
  });

  it.each(QSO_ANSATZ_TYPES)('%s preserves the norm of the state', (type) => {
    const circuit = createAnsatz(type, 2);
    const rng = Xoshiro128.fromSeed(3);
    const parameters = Array.from({ length: circuit.parameterCount }, () => rng.uniform(-3, 3));
    const state = QuantumState.random(rng);
    circuit.apply(parameters, state.re, state.im);

    expect(state.norm()).toBeCloseTo(1, 13);
  });

  it('HardwareEfficient applies Ry, Rz, then the x-rotation that reuses the Ry angle', () => {
    const circuit = createAnsatz('HardwareEfficient', 1);
    const theta = 0.8;
    const parameters = new Array<number>(26).fill(0);
    parameters[0] = theta;
    parameters[13] = 0.6;
    const state = QuantumState.basis(0);
    circuit.apply(parameters, state.re, state.im);

    const [c, s] = [Math.cos(theta / 2), Math.sin(theta / 2)];
    const phase = { re: Math.cos(0.3), im: -Math.sin(0.3) };
    const afterRz = [
      { re: c * phase.re, im: c * phase.im },
      { re: s * phase.re, im: -s * phase.im },
    ];
    const expected0 = {
      re: c * afterRz[0].re + s * afterRz[1].im,
      im: c * afterRz[0].im - s * afterRz[1].re,
    };
    expect(state.re[0]).toBeCloseTo(expected0.re, 15);
    expect(state.im[0]).toBeCloseTo(expected0.im, 15);
    expect(
      state
        .probabilities()
        .slice(2)
        .every((p) => p === 0),
    ).toBe(true);
  });

  it('Metatron node 0 is the phase ramp e^{iθ·2πm/13}', () => {
    const circuit = createAnsatz('Metatron', 1);
    const parameters = new Array<number>(26).fill(0);
    parameters[0] = 0.5;
    const state = QuantumState.uniform();
    circuit.apply(parameters, state.re, state.im);

    for (let m = 0; m < 13; m++) {
      const phase = (0.5 * 2 * Math.PI * m) / 13;
      expect(state.re[m]).toBeCloseTo(Math.cos(phase) / Math.sqrt(13), 15);
      expect(state.im[m]).toBeCloseTo(Math.sin(phase) / Math.sqrt(13), 15);
    }
  });

  it('marks the dead parameters of the 13th level', () => {
    expect(createAnsatz('HardwareEfficient', 2).firstGate[12]).toBe(-1);
    expect(createAnsatz('HardwareEfficient', 2).firstGate[38]).toBe(-1);
    expect(Array.from(createAnsatz('EfficientSU2', 1).firstGate.slice(36))).toEqual([-1, -1, -1]);
    expect(Array.from(createAnsatz('Metatron', 1).firstGate).every((gate) => gate >= 0)).toBe(true);
  });

  it('refuses a wrong parameter count, a bad depth and an unknown ansatz', () => {
    const circuit = createAnsatz('Metatron', 2);
    const state = QuantumState.uniform();

    expect(() => circuit.apply([1, 2], state.re, state.im)).toThrow(QsoInputError);
    expect(() => createAnsatz('Metatron', 0)).toThrow(/ansatz_depth/);
    expect(() => createAnsatz('Ring' as QsoAnsatzType, 1)).toThrow(/ansatz_type/);
  });
});
