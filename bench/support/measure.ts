// The timing harness every bench shares: warm up, then call a workload in batches for a fixed
// time, folding its outputs into a checksum so the work cannot be optimised away.

export const WARM_UP_MS = 300;
export const MEASURE_MS = 1500;
const CHECK_EVERY = 256;

/** One unit of work; `call` counts from 0. Returns a number to fold into the checksum. */
export type Work = (call: number) => number;

export interface Measurement {
  name: string;
  calls: number;
  elapsedMs: number;
  /** Folded outputs, printed so the work cannot be optimised away. */
  checksum: number;
}

/** Calls `work` in batches until `durationMs` has passed. */
export function measure(name: string, durationMs: number, work: Work): Measurement {
  let calls = 0;
  let checksum = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let batch = 0; batch < CHECK_EVERY; batch++) {
      checksum += work(calls);
      calls += 1;
    }
    elapsed = performance.now() - started;
  }

  return { name, calls, elapsedMs: elapsed, checksum };
}

/** A warm-up run on one fresh workload, then the measured run on another. */
export function run(name: string, build: () => Work): Measurement {
  measure(name, WARM_UP_MS, build());

  return measure(name, MEASURE_MS, build());
}

/** Microseconds per call. */
export const perCall = (row: Measurement): number => (row.elapsedMs * 1000) / row.calls;
