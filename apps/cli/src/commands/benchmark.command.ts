import {
  ANSATZ_TYPES,
  BenchmarkOptions,
  MAX_ANSATZ_DEPTH,
  MAX_QAOA_DEPTH,
  MAX_RUN_ITERATIONS,
  MAX_RUN_STARTS,
  MEASURED_ALGORITHMS,
  OPTIMIZERS,
  runBenchmark,
} from '@qdash/kernel';

import { formatBenchmarkLines, orderBenchmarkReport } from '../benchmark-output';
import { BENCHMARK_SEED_OPTION, benchmarkSeed } from '../benchmark-seed';
import type { ParsedOptions } from '../cli-arguments';
import { CliCommand, CommandContext, JSON_OPTION } from '../cli-command';
import { UsageError } from '../cli-errors';
import { choiceOption, integerOption, numberOption } from '../cli-values';

/** `benchmark`: measures one VQE or QAOA configuration for real. */
export const benchmarkCommand: CliCommand = {
  name: 'benchmark',
  summary: 'measure one VQE or QAOA configuration',
  description:
    'Runs VQE on the default Metatron Hamiltonian, or QAOA MaxCut on the 6-node ring, with one\n' +
    'configuration and prints the result: energies, iterations, evaluations, quality and ψ/ρ/ω.\n' +
    'Names are case-insensitive. With --json it prints one JSON object: the original vqe_bench\n' +
    "keys, then psi, rho, omega, then the rest of the report and the run's execution_time_ms.",
  options: [
    { name: 'algorithm', value: 'NAME', description: 'VQE or QAOA (required)' },
    {
      name: 'ansatz',
      value: 'NAME',
      description: `${ANSATZ_TYPES.join(', ')} (default Metatron; QAOA ignores it)`,
    },
    {
      name: 'depth',
      value: 'N',
      description:
        `ansatz depth, 1..${MAX_ANSATZ_DEPTH} (VQE), or layers p, ` +
        `1..${MAX_QAOA_DEPTH} (QAOA) (default 2)`,
    },
    {
      name: 'optimizer',
      value: 'NAME',
      description: `${OPTIMIZERS.join(', ')} (default Adam; COBYLA runs as NelderMead)`,
    },
    { name: 'starts', value: 'N', description: `random starts, 1..${MAX_RUN_STARTS} (default 1)` },
    { name: 'learning-rate', value: 'X', description: 'learning rate > 0 (default 0.01)' },
    {
      name: 'max-iterations',
      value: 'N',
      description: `iteration limit per start, 1..${MAX_RUN_ITERATIONS} (default 100)`,
    },
    BENCHMARK_SEED_OPTION,
    JSON_OPTION,
  ],
  run: runBenchmarkCommand,
};

function runBenchmarkCommand({ options, io }: CommandContext): void {
  const benchmark = readBenchmarkOptions(options);
  if (benchmark.algorithm === 'QAOA' && options.has('ansatz')) {
    io.err('Note: QAOA has its own circuit and ignores --ansatz');
  }

  const started = performance.now();
  const report = runBenchmark(benchmark);
  const executionMs = performance.now() - started;

  if (options.has('json')) {
    io.out(JSON.stringify(orderBenchmarkReport(report, executionMs)));
    return;
  }
  formatBenchmarkLines(report, executionMs).forEach((line) => io.out(line));
}

/** The command line as runBenchmark options; options not given stay unset for its defaults. */
function readBenchmarkOptions(options: ParsedOptions): BenchmarkOptions {
  const algorithmText = options.value('algorithm');
  if (algorithmText === undefined) {
    throw new UsageError('benchmark needs --algorithm (VQE or QAOA)', 'benchmark');
  }
  const algorithm = choiceOption('algorithm', algorithmText, MEASURED_ALGORITHMS);
  const maxDepth = algorithm === 'QAOA' ? MAX_QAOA_DEPTH : MAX_ANSATZ_DEPTH;
  const given = <T>(name: string, parse: (raw: string) => T): T | undefined => {
    const raw = options.value(name);

    return raw === undefined ? undefined : parse(raw);
  };

  return {
    algorithm,
    ansatzType: given('ansatz', (raw) => choiceOption('ansatz', raw, ANSATZ_TYPES)),
    depth: given('depth', (raw) => integerOption('depth', raw, 1, maxDepth)),
    optimizer: given('optimizer', (raw) => choiceOption('optimizer', raw, OPTIMIZERS)),
    starts: given('starts', (raw) => integerOption('starts', raw, 1, MAX_RUN_STARTS)),
    learningRate: given('learning-rate', (raw) => numberOption('learning-rate', raw)),
    maxIterations: given('max-iterations', (raw) =>
      integerOption('max-iterations', raw, 1, MAX_RUN_ITERATIONS),
    ),
    seed: benchmarkSeed(options),
  };
}
