import {
  BASELINE_TRIPLET,
  createEvaluator,
  DioniceInput,
  DioniceKernel,
  SeraphicCalibrator,
} from '@qdash/kernel';

import { BareCalibration, bareStep } from './support/bare-calibration';
import { CheckTally, checkEquality, foldStep } from './support/calibration-equality';
import { Measurement, MEASURE_MS, perCall, run, WARM_UP_MS, Work } from './support/measure';

// Run: node -r @swc-node/register bench/calibration.bench.ts
// SeraphicCalibrator.step() with the estimate evaluator against a bare loop of the same arithmetic
// (bench/support/bare-calibration.ts: flat code over numbers and typed arrays, no kernel classes,
// no validation, cloning or result objects). First proves that both compute the same thing, bit
// for bit, step by step (throws otherwise); then times both, each restarting a fresh calibration
// (seed 42) every RESTART_EVERY steps, restart included. A diagnostic variant times the
// DioniceKernel alone on the calibration's inputs, to show its share of the library's step.

const SEED = 42;
const RESTART_EVERY = 200;
const EXTRA_SEEDS = [1, 7, 2024, 0xffff_ffff];
const EXTRA_STEPS = 1000;
/** Library and bare are measured alternately this many times; the fastest of each is kept. */
const ROUNDS = 2;

function libraryCalibrator(seed: number): SeraphicCalibrator {
  const calibrator = new SeraphicCalibrator({ seed, evaluator: createEvaluator('estimate') });
  calibrator.initialize();

  return calibrator;
}

/** The faster of two measurements of the same workload (less disturbed by other processes). */
const faster = (a: Measurement, b: Measurement): Measurement => (perCall(a) <= perCall(b) ? a : b);

/** Library steps; a fresh calibrator every RESTART_EVERY steps. */
function libraryWorkload(): Work {
  let calibrator = libraryCalibrator(SEED);

  return (call) => {
    if (call > 0 && call % RESTART_EVERY === 0) calibrator = libraryCalibrator(SEED);

    return foldStep(calibrator.step());
  };
}

/** Bare steps; a fresh bare calibration every RESTART_EVERY steps. */
function bareWorkload(): Work {
  let bare = new BareCalibration(SEED, BASELINE_TRIPLET);

  return (call) => {
    if (call > 0 && call % RESTART_EVERY === 0) bare = new BareCalibration(SEED, BASELINE_TRIPLET);

    return bareStep(bare);
  };
}

/** What the calibrator hands its DioniceKernel in the first RESTART_EVERY steps of seed 42. */
function dioniceInputs(): DioniceInput[] {
  const calibrator = libraryCalibrator(SEED);

  return Array.from({ length: RESTART_EVERY }, () => {
    const result = calibrator.step();

    return { ...result.current_performance, algorithm: result.current_config.algorithm };
  });
}

/** The DioniceKernel alone on the same inputs; a fresh kernel every RESTART_EVERY calls. */
function dioniceWorkload(inputs: readonly DioniceInput[]): Work {
  let kernel = new DioniceKernel();

  return (call) => {
    if (call > 0 && call % RESTART_EVERY === 0) kernel = new DioniceKernel();

    return kernel.step(inputs[call % RESTART_EVERY]).resonance_score;
  };
}

function checkAll(): void {
  const runs: [number, CheckTally][] = [SEED, ...EXTRA_SEEDS].map((seed) => [
    seed,
    checkEquality(libraryCalibrator(seed), seed === SEED ? RESTART_EVERY : EXTRA_STEPS),
  ]);
  console.log(
    'Equality (library vs bare, compared with Object.is after every step): accepted, current ' +
      'ψ/ρ/ω, J, CRI trigger, steps since impulse, candidate config and ψ/ρ/ω, PoR field ' +
      'resonance, current config, DioniceKernel score/notes/hints/regime flag, folded checksum; ' +
      'after the last step the PRNG state, field M and G₀..G₂, J history and counters.',
  );
  for (const [seed, tally] of runs) {
    console.log(
      `  seed ${seed}: ${tally.steps} steps, ${tally.comparisons} values bit-identical ` +
        `(${tally.accepted} accepted, ${tally.rejected} rejected, ${tally.triggers} CRI impulses)`,
    );
  }
  if (runs.every(([, tally]) => tally.rejected === 0)) {
    console.log(
      '  Note: PoR never rejects with the estimate evaluator (estimates never decrease), so the ' +
        'reject branch is not exercised by this check.',
    );
  }
}

function report(rows: readonly Measurement[]): void {
  console.table(
    rows.map((row) => ({
      workload: row.name,
      calls: row.calls,
      seconds: (row.elapsedMs / 1000).toFixed(2),
      'calls/s': Math.round((row.calls / row.elapsedMs) * 1000).toLocaleString('en-US'),
      'µs/call': perCall(row).toFixed(3),
      checksum: row.checksum.toFixed(3),
    })),
  );
}

function main(): void {
  checkAll();
  const inputs = dioniceInputs();

  const measureLibrary = () => run('SeraphicCalibrator.step (estimate)', libraryWorkload);
  const measureBare = () => run('bare calibration step (same arithmetic)', bareWorkload);
  let library = measureLibrary();
  let bare = measureBare();
  for (let round = 1; round < ROUNDS; round++) {
    library = faster(library, measureLibrary());
    bare = faster(bare, measureBare());
  }
  const dionice = run('  variant: DioniceKernel.step alone', () => dioniceWorkload(inputs));

  console.log(
    `\nNode ${process.version}, ${MEASURE_MS} ms per measurement after ${WARM_UP_MS} ms warm-up, ` +
      `fresh calibration (seed ${SEED}) every ${RESTART_EVERY} steps; library and bare: ` +
      `fastest of ${ROUNDS} alternating rounds`,
  );
  report([library, bare, dionice]);

  const [lib, base] = [perCall(library), perCall(bare)];
  const share = (us: number) => `${us.toFixed(1)} µs, ${((100 * us) / lib).toFixed(0)}%`;
  const kernel = perCall(dionice);
  console.log(
    `library / bare: ${(lib / base).toFixed(1)}× the time per step ` +
      `(${lib.toFixed(2)} µs vs ${base.toFixed(3)} µs)`,
  );
  console.log(`Where the library's step time goes (estimated from the variants):`);
  console.log(`  DioniceKernel.step: ${share(kernel)}`);
  console.log(
    `  everything else (the arithmetic itself, config object copies, neighbour validation, ` +
      `PoR/CRI/result objects, ...): ${share(lib - kernel)}`,
  );
}

main();
