import { assertIntegerInRange, QsoInputError } from '../qso-input.error';
import { AnsatzCircuit } from './ansatz-circuit';
import { efficientSu2Ansatz } from './efficient-su2.ansatz';
import { hardwareEfficientAnsatz } from './hardware-efficient.ansatz';
import { metatronAnsatz } from './metatron.ansatz';

/** The ansatz families: the original's three, plus Metatron with all-pairs entanglers. */
export const QSO_ANSATZ_TYPES = [
  'HardwareEfficient',
  'EfficientSU2',
  'Metatron',
  'MetatronFull',
] as const;
export type QsoAnsatzType = (typeof QSO_ANSATZ_TYPES)[number];

/** Largest depth accepted; the calibration space stops at 10, this only guards memory. */
export const MAX_ANSATZ_DEPTH = 100;

/** Builds the circuit of an ansatz family at depth d ≥ 1. */
export function createAnsatz(type: QsoAnsatzType, depth: number): AnsatzCircuit {
  assertIntegerInRange('ansatz_depth', depth, 1, MAX_ANSATZ_DEPTH);

  switch (type) {
    case 'HardwareEfficient':
      return hardwareEfficientAnsatz(depth);
    case 'EfficientSU2':
      return efficientSu2Ansatz(depth);
    case 'Metatron':
      return metatronAnsatz(depth, 'Ring');
    case 'MetatronFull':
      return metatronAnsatz(depth, 'Full');
    default:
      throw new QsoInputError('ansatz_type', `must be one of ${QSO_ANSATZ_TYPES.join(', ')}`, type);
  }
}
