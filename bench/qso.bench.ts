/**
 * Throughput of the qso kernel. Run with `node -r @swc-node/register bench/qso.bench.ts`.
 *
 * 1. The original's eight-configuration VQE suite, a few runs after warm-up: counted
 *    evaluations per second, against the Rust original's ≈ 9,450/s.
 * 2. A bare baseline in the same process: the same number of Metatron-ansatz energy evaluations
 *    written as the most direct code (no classes, no prefix reuse), and the ratio library/bare.
 * 3. Wall time of the benchmark evaluator for a typical and for the worst configurations.
 *
 * No assertions: this prints figures.
 */
import { performance } from 'node:perf_hooks';

import { BenchmarkEvaluator, runVqeSuite, VqeSuiteReport } from '../libs/kernel/src/qso';
import { Configuration, defaultConfiguration } from '../libs/kernel/src/scs/configuration';

const ORIGINAL_EVALUATIONS_PER_SECOND = 9450;
const WARM_UP_RUNS = 3;
const MEASURED_RUNS = 5;
const SEED = 20260213;

function main(): void {
  const suite = benchmarkSuite();
  const bare = benchmarkBare(suite.evaluations);
  const library = suite.evaluationsPerSecond;

  console.log(`\nlibrary / bare: ${(library / bare).toFixed(2)}`);
  benchmarkEvaluator();
}

function benchmarkSuite(): { evaluations: number; evaluationsPerSecond: number } {
  for (let run = 0; run < WARM_UP_RUNS; run++) {
    runVqeSuite({ seed: SEED + run });
  }

  const reports: VqeSuiteReport[] = [];
  for (let run = 0; run < MEASURED_RUNS; run++) {
    reports.push(runVqeSuite({ seed: SEED, now: () => performance.now() }));
  }
  const totalMs = reports.reduce(
    (sum, r) => sum + r.performance_metrics.total_execution_time_ms,
    0,
  );
  const evaluations = reports[0].performance_metrics.total_quantum_evaluations;
  const evaluationsPerSecond = (evaluations * MEASURED_RUNS * 1000) / totalMs;

  console.log('VQE suite (8 configurations, original tally of evaluations)');
  for (const row of reports[reports.length - 1].results) {
    const label = `${row.ansatz_type} d${row.ansatz_depth} ${row.optimizer} ×${row.num_random_starts}`;
    console.log(
      `  ${label.padEnd(30)} E=${row.ground_energy.toFixed(9).padStart(14)}  it=${row.iterations}` +
        `  evals=${row.quantum_evaluations}  ${row.execution_time_ms.toFixed(2)} ms`,
    );
  }
  console.log(
    `  suite: ${(totalMs / MEASURED_RUNS).toFixed(2)} ms per run, ${evaluations} evaluations`,
  );
  console.log(`  evaluations/s: ${Math.round(evaluationsPerSecond).toLocaleString('en-US')}`);
  console.log(
    `  ratio to the Rust original (≈ ${ORIGINAL_EVALUATIONS_PER_SECOND.toLocaleString('en-US')}/s): ` +
      `${(evaluationsPerSecond / ORIGINAL_EVALUATIONS_PER_SECOND).toFixed(1)}×`,
  );

  return { evaluations, evaluationsPerSecond };
}

/** The same number of Metatron d2 energy evaluations, each from scratch, in the plainest code. */
function benchmarkBare(evaluations: number): number {
  const parameters = Array.from({ length: 52 }, (_, i) => 0.01 * Math.cos((2 * Math.PI * i) / 52));
  bareLoop(parameters, evaluations);

  const started = performance.now();
  const checksum = bareLoop(parameters, evaluations);
  const elapsed = performance.now() - started;
  const perSecond = (evaluations * 1000) / elapsed;

  console.log(`\nbare loop: ${evaluations} Metatron d2 energies in ${elapsed.toFixed(2)} ms`);
  console.log(
    `  evaluations/s: ${Math.round(perSecond).toLocaleString('en-US')} (checksum ${checksum.toFixed(6)})`,
  );

  return perSecond;
}

function bareLoop(parameters: number[], evaluations: number): number {
  const re = new Float64Array(13);
  const im = new Float64Array(13);
  let checksum = 0;
  for (let e = 0; e < evaluations; e++) {
    parameters[e % 52] += 1e-9;
    re.fill(1 / Math.sqrt(13));
    im.fill(0);
    for (let layer = 0; layer < 2; layer++) {
      const o = 26 * layer;
      for (let m = 0; m < 13; m++) {
        const phase = (parameters[o] * 2 * Math.PI * m) / 13;
        const c = Math.cos(phase);
        const s = Math.sin(phase);
        const r = re[m];
        re[m] = c * r - s * im[m];
        im[m] = c * im[m] + s * r;
      }
      for (let k = 1; k < 13; k++) {
        rotate(re, im, k, (k + 1) % 13, parameters[o + k] / 2);
      }
      for (let i = 0; i < 13; i++) {
        rotate(re, im, i, (i + 1) % 13, parameters[o + 13 + i]);
      }
    }
    let sumRe = 0;
    let sumIm = 0;
    let norm = 0;
    for (let i = 0; i < 13; i++) {
      sumRe += re[i];
      sumIm += im[i];
      norm += re[i] * re[i] + im[i] * im[i];
    }
    checksum += sumRe * sumRe + sumIm * sumIm - 13 * norm;
  }

  return checksum;
}

function rotate(re: Float64Array, im: Float64Array, a: number, b: number, angle: number): void {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const [ar, ai, br, bi] = [re[a], im[a], re[b], im[b]];
  re[a] = c * ar + s * bi;
  im[a] = c * ai - s * br;
  re[b] = c * br + s * ai;
  im[b] = c * bi - s * ar;
}

function benchmarkEvaluator(): void {
  const evaluator = new BenchmarkEvaluator();
  const typical = defaultConfiguration();
  evaluator.initial(typical, 1);

  console.log('\nbenchmark evaluator (one evaluation each)');
  timeEvaluation(evaluator, 'typical: VQE Metatron d2 Adam, 100 it, 1 start', typical);

  let worstMs = 0;
  for (const candidate of worstCandidates()) {
    const circuit = candidate.algorithm === 'QAOA' ? 'ring-6' : candidate.ansatz_type;
    const label = `${candidate.algorithm} ${circuit} ${candidate.optimizer}`;
    worstMs = Math.max(
      worstMs,
      timeEvaluation(evaluator, `d10, 500 it, 5 starts: ${label}`, candidate),
    );
  }
  console.log(`  worst case measured: ${worstMs.toFixed(1)} ms`);
}

function worstCandidates(): Configuration[] {
  const heavy = { ansatz_depth: 10, max_iterations: 500, num_random_starts: 5 };
  const vqe = (['HardwareEfficient', 'EfficientSU2', 'Metatron'] as const).flatMap((ansatz_type) =>
    (['Adam', 'LBFGS', 'GradientDescent', 'COBYLA'] as const).map((optimizer) => ({
      ...defaultConfiguration(),
      ...heavy,
      ansatz_type,
      optimizer,
    })),
  );
  const qaoa = (['Adam', 'GradientDescent'] as const).map((optimizer) => ({
    ...defaultConfiguration(),
    ...heavy,
    algorithm: 'QAOA' as const,
    optimizer,
  }));

  return [...vqe, ...qaoa];
}

function timeEvaluation(
  evaluator: BenchmarkEvaluator,
  label: string,
  config: Configuration,
): number {
  const started = performance.now();
  const evaluation = evaluator.initial(config, 7);
  const elapsed = performance.now() - started;
  const { psi, rho, omega } = evaluation.performance;

  console.log(
    `  ${label.padEnd(58)} ${elapsed.toFixed(1).padStart(7)} ms  ` +
      `ψ=${psi.toFixed(4)} ρ=${rho.toFixed(4)} ω=${omega.toFixed(4)}`,
  );

  return elapsed;
}

main();
