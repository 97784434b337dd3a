/**
 * Bad input handed to the kernel: an out-of-range number, an unknown name, a corrupt saved
 * state. The message names the field, the value it got and the rule it broke, e.g.
 * `psi must be a number in [0, 1], got 1.2`.
 */
export class KernelInputError extends Error {
  override readonly name = 'KernelInputError';
}

/**
 * The kernel was used out of order, e.g. a DioniceKernel stepped before anything was ingested or
 * a calibrator stepped before `initialize()`.
 */
export class KernelStateError extends Error {
  override readonly name = 'KernelStateError';
}
