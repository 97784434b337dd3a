/**
 * A calibration configuration: the hyperparameters of one quantum-algorithm run. Keys are
 * snake_case because this object is a wire format (CLI files, job parameters, API responses),
 * in the original's key order.
 */
export const ALGORITHMS = [
  'VQE',
  'QAOA',
  'QuantumWalk',
  'Grover',
  'Boson',
  'VQC',
  'Integration',
] as const;
export const ANSATZ_TYPES = ['HardwareEfficient', 'EfficientSU2', 'Metatron'] as const;
export const OPTIMIZERS = ['Adam', 'LBFGS', 'GradientDescent', 'COBYLA'] as const;

export type Algorithm = (typeof ALGORITHMS)[number];
export type AnsatzType = (typeof ANSATZ_TYPES)[number];
export type OptimizerName = (typeof OPTIMIZERS)[number];

export interface Configuration {
  algorithm: Algorithm;
  ansatz_type: AnsatzType;
  ansatz_depth: number;
  optimizer: OptimizerName;
  learning_rate: number;
  max_iterations: number;
  num_random_starts: number;
  dephasing_rate: number | null;
  shot_count: number | null;
  params: Record<string, unknown>;
  name: string | null;
  timestamp: string | null;
}

/** The original's default configuration (named "default" as its configuration space does). */
export function defaultConfiguration(): Configuration {
  return {
    algorithm: 'VQE',
    ansatz_type: 'Metatron',
    ansatz_depth: 2,
    optimizer: 'Adam',
    learning_rate: 0.01,
    max_iterations: 100,
    num_random_starts: 1,
    dephasing_rate: null,
    shot_count: null,
    params: {},
    name: 'default',
    timestamp: null,
  };
}

/** A deep copy, so a stored configuration can never be changed through a caller's reference. */
export function cloneConfiguration(config: Configuration): Configuration {
  // structuredClone costs about half a microsecond even for {}, and params is almost always empty.
  const params = Object.keys(config.params).length === 0 ? {} : structuredClone(config.params);

  return { ...config, params };
}
