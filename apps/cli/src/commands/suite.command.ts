import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { runVqeSuite, VQE_SUITE_CONFIGURATIONS } from '@qdash/kernel';

import { writeFileAtomically } from '../atomic-file';
import { BENCHMARK_SEED_OPTION, benchmarkSeed } from '../benchmark-seed';
import { CliCommand, CommandContext, JSON_OPTION } from '../cli-command';
import { formatSuiteLines } from '../suite-table';

/** `suite`: the original vqe_bench, eight VQE configurations, as its baseline file. */
export const suiteCommand: CliCommand = {
  name: 'suite',
  summary: "run the original's eight-configuration VQE benchmark suite",
  description:
    `Runs the original vqe_bench's ${VQE_SUITE_CONFIGURATIONS.length} VQE configurations on the ` +
    'default Metatron Hamiltonian and\nprints a table of the results and the suite totals. With ' +
    '--json it prints the baseline\nfile (results, performance_metrics, quality_metrics, ' +
    'metadata) as JSON, indent 2. With -o it\nwrites that JSON to FILE (parent directories ' +
    'created) and still prints the table, or the\nJSON with --json. The seed only affects the ' +
    'HardwareEfficient and EfficientSU2 rows.',
  options: [
    BENCHMARK_SEED_OPTION,
    JSON_OPTION,
    { name: 'output', short: 'o', value: 'FILE', description: 'also write the JSON to FILE' },
  ],
  run: runSuite,
};

function runSuite({ options, io }: CommandContext): void {
  const suite = runVqeSuite({
    seed: benchmarkSeed(options),
    now: () => performance.now(),
    timestamp: new Date().toISOString(),
  });
  const json = JSON.stringify(suite, null, 2);
  const output = options.value('output');

  if (output !== undefined) {
    writeReport(resolve(io.cwd, output), json);
  }
  if (options.has('json')) {
    io.out(json);
  } else {
    formatSuiteLines(suite).forEach((line) => io.out(line));
  }
  if (output !== undefined) {
    // With --json, standard output stays one JSON document.
    const note = options.has('json') ? io.err : io.out;
    note(`Suite report written to ${output}`);
  }
}

/** Writes the baseline file as the original does: parent directories created, indent 2. */
function writeReport(target: string, json: string): void {
  mkdirSync(dirname(target), { recursive: true });
  writeFileAtomically(target, `${json}\n`);
}
