import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { kernel, removeWorkspaces, workspace } from './testing/cli-process';

const LEADING_KEYS = [
  'ground_energy',
  'classical_ground',
  'approximation_error',
  'iterations',
  'quantum_evaluations',
  'converged',
  'quality_score',
  'final_gradient_norm',
  'psi',
  'rho',
  'omega',
];

/** The --json report without its wall time, re-serialised in the order it was printed. */
function withoutTiming(stdout: string): string {
  const report = JSON.parse(stdout);
  delete report.execution_time_ms;

  return JSON.stringify(report);
}

afterAll(removeWorkspaces);

jest.setTimeout(60_000);

describe('kernel benchmark', () => {
  const metatron = ['--algorithm', 'vqe', '--ansatz', 'METATRON', '--depth', '1'];

  it('measures Metatron depth 1 with Adam and prints the original keys first', () => {
    const run = kernel(workspace(), 'benchmark', ...metatron, '--optimizer', 'adam', '--json');
    const report = JSON.parse(run.stdout);

    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(Object.keys(report).slice(0, LEADING_KEYS.length)).toEqual(LEADING_KEYS);
    expect(report).toMatchObject({
      algorithm: 'VQE',
      ansatz_type: 'Metatron',
      ansatz_depth: 1,
      optimizer: 'Adam',
      seed: 42,
      iterations: 93,
      converged: true,
    });
    expect(report.quality_score).toBeGreaterThan(0.99);
    expect(report.execution_time_ms).toBeGreaterThan(0);
  });

  it("repeats a seed's report in another process, timing aside, and not another seed's", () => {
    const args = [
      'benchmark',
      '--algorithm',
      'VQE',
      '--ansatz',
      'HardwareEfficient',
      '--seed',
      '7',
    ];
    const [first, second] = [args, args].map((given) => kernel(workspace(), ...given, '--json'));
    const other = kernel(workspace(), ...args.slice(0, -1), '8', '--json');

    expect([first.status, second.status, other.status]).toEqual([0, 0, 0]);
    expect(withoutTiming(second.stdout)).toBe(withoutTiming(first.stdout));
    expect(withoutTiming(other.stdout)).not.toBe(withoutTiming(first.stdout));
    expect(first.stdout.replace(/,"execution_time_ms":[^,}]+/, '')).toBe(
      `${withoutTiming(first.stdout)}\n`,
    );
  });

  it('solves MaxCut on the ring with QAOA and reports its approximation ratio', () => {
    const run = kernel(workspace(), 'benchmark', '--algorithm', 'QAOA', '--json');
    const report = JSON.parse(run.stdout);

    expect(run.status).toBe(0);
    expect(Object.keys(report).slice(0, LEADING_KEYS.length)).toEqual(LEADING_KEYS);
    expect(report).toMatchObject({ algorithm: 'QAOA', ansatz_type: null, problem: 'ring-6' });
    expect(report.approximation_ratio).toBeGreaterThan(0);
    expect(report.approximation_ratio).toBeLessThanOrEqual(1);
    expect(report.expected_cut / report.max_cut).toBeCloseTo(report.approximation_ratio, 12);
  });

  it('prints a readable block without --json', () => {
    const run = kernel(workspace(), 'benchmark', ...metatron);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'Benchmark: VQE / Metatron (depth 1) / Adam (lr 0.0100), 1 start, seed 42\n' +
        '  Energy: -12.998769\n  Exact ground: -13.000000\n  Error: 0.001231\n' +
        '  Iterations: 93 (of 100)\n  Evaluations: 4929\n  Converged: true\n  Quality: 0.9999\n',
    );
    expect(run.stdout).toMatch(/\n {2}Performance: ψ=0\.9999 ρ=\d\.\d{4} ω=\d\.\d{4}\n/);
  });

  it.each([
    [
      ['--algorithm', 'Grover'],
      1,
      'Error: --algorithm must be one of VQE, QAOA (case-insensitive), got "Grover"',
    ],
    [
      ['--algorithm', 'VQE', '--depth', '0'],
      1,
      'Error: --depth must be an integer in [1, 100], got "0"',
    ],
    [
      ['--algorithm', 'QAOA', '--depth', '51'],
      1,
      'Error: --depth must be an integer in [1, 50], got "51"',
    ],
    [
      ['--algorithm', 'VQE', '--optimizer', 'Foo'],
      1,
      'Error: --optimizer must be one of Adam, LBFGS, GradientDescent, COBYLA ' +
        '(case-insensitive), got "Foo"',
    ],
    [
      ['--algorithm', 'VQE', '--learning-rate', '-1'],
      1,
      'Error: learning_rate must be a finite number > 0, got -1',
    ],
    [
      ['--algorithm', 'VQE', '--depth'],
      2,
      'Error: option --depth needs a value (N)\nRun "kernel benchmark --help" for usage.',
    ],
    [
      ['--depth', '2'],
      2,
      'Error: benchmark needs --algorithm (VQE or QAOA)\nRun "kernel benchmark --help" for usage.',
    ],
  ])('rejects benchmark %j', (args, status, message) => {
    const run = kernel(workspace(), 'benchmark', ...args);

    expect(run.status).toBe(status);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe('');
  });
});

describe('kernel suite', () => {
  const deterministicRows = [
    [-12.998768560342132, 93],
    [-11.826911667215722, 25],
    [-12.999208400728339, 58],
    [-11.826911667215722, 25],
    [-6.469031877704302e-7, 2],
    [-6.469031877704302e-7, 2],
  ];

  it("reproduces the original's Metatron rows and writes the baseline file", () => {
    const cwd = workspace();
    const run = kernel(cwd, 'suite', '--json', '-o', 'ci/vqe_baseline.json');
    const suite = JSON.parse(run.stdout);
    const rows = suite.results
      .slice(2)
      .map((row: { ground_energy: number; iterations: number }) => [
        row.ground_energy,
        row.iterations,
      ]);

    expect(run.status).toBe(0);
    expect(run.stderr).toBe('Suite report written to ci/vqe_baseline.json\n');
    expect(readFileSync(join(cwd, 'ci/vqe_baseline.json'), 'utf8')).toBe(run.stdout);
    expect(run.stdout).toBe(`${JSON.stringify(suite, null, 2)}\n`);
    expect(suite.results).toHaveLength(8);
    rows.forEach(([energy, iterations]: number[], index: number) => {
      expect(Math.abs(energy - deterministicRows[index][0])).toBeLessThan(1e-9);
      expect(iterations).toBe(deterministicRows[index][1]);
    });
    expect(Object.keys(suite)).toEqual([
      'results',
      'performance_metrics',
      'quality_metrics',
      'metadata',
    ]);
    expect(suite.performance_metrics.total_execution_time_ms).toBeGreaterThan(0);
    expect(Date.parse(suite.metadata.timestamp)).not.toBeNaN();
  });

  it('prints a table of the eight configurations and the totals without --json', () => {
    const run = kernel(workspace(), 'suite', '--seed', '7');
    const lines = run.stdout.trimEnd().split('\n');

    expect(run.status).toBe(0);
    expect(lines[0]).toMatch(
      /^ansatz +depth +optimizer +starts +energy +iterations +evaluations +converged +quality$/,
    );
    expect(lines[3]).toMatch(/^Metatron +1 +Adam +1 +-12\.998769 +93 +4929 +yes +0\.9999$/);
    expect(lines[9]).toBe('');
    expect(lines[10]).toMatch(/^Total: 8 configurations, \d+ iterations, \d+ evaluations in /);
    expect(lines.at(-1)).toBe('Convergence rate: 1.0000');
  });
});

it('prints help for benchmark and suite', () => {
  const cwd = workspace();
  const benchmark = kernel(cwd, 'benchmark', '--help');
  const suite = kernel(cwd, 'suite', '-h');

  expect([benchmark.status, suite.status]).toEqual([0, 0]);
  expect(benchmark.stdout).toMatch(/^Usage: kernel benchmark \[options\]/);
  expect(benchmark.stdout).toContain('--seed N            PRNG seed, 0..4294967295 (default 42)');
  expect(suite.stdout).toMatch(/^Usage: kernel suite \[options\]/);
  expect(suite.stdout).toContain('-o, --output FILE');
});
