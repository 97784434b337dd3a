export * from './prng/xoshiro128';
export * from './scs/configuration';
export * from './scs/performance-triplet';
export * from './scs/evaluator';
export * from './qso/index';
