import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { kernel, removeWorkspaces, workspace } from './testing/cli-process';

function stateOf(cwd: string, file = 'scs_state.json'): string {
  return readFileSync(join(cwd, file), 'utf8');
}

afterAll(removeWorkspaces);

jest.setTimeout(60_000);

describe('kernel CLI', () => {
  it('prints byte-identical step --json output for the same seed in two processes', () => {
    const [first, second] = [workspace(), workspace()];
    for (const cwd of [first, second]) {
      expect(kernel(cwd, 'init', '--seed', '1234').status).toBe(0);
    }
    const runs = [first, second].map((cwd) => kernel(cwd, 'step', '-n', '12', '--json'));
    const lines = runs[0].stdout.trimEnd().split('\n');

    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    expect(runs[1].stdout).toBe(runs[0].stdout);
    expect(stateOf(second)).toBe(stateOf(first));
    expect(lines).toHaveLength(12);
    expect(lines.map((line) => (JSON.parse(line) as { step: number }).step)).toEqual(
      Array.from({ length: 12 }, (_, index) => index + 1),
    );
  });

  it('follows another trajectory with another seed', () => {
    const [one, other] = [workspace(), workspace()];
    kernel(one, 'init', '--seed', '1');
    kernel(other, 'init', '--seed', '2');

    expect(kernel(other, 'step', '-n', '5', '--json').stdout).not.toBe(
      kernel(one, 'step', '-n', '5', '--json').stdout,
    );
  });

  it('gives the same steps whether run in one go or split across processes', () => {
    const [whole, split] = [workspace(), workspace()];
    const once = kernel(whole, 'step', '-n', '10', '--json');
    const part1 = kernel(split, '--json', 'step', '-n', '4');
    const part2 = kernel(split, 'step', '--num-steps', '6', '--json');

    expect([once.status, part1.status, part2.status]).toEqual([0, 0, 0]);
    expect(part1.stdout + part2.stdout).toBe(once.stdout);
    expect(stateOf(split)).toBe(stateOf(whole));
  });

  it('runs 25 steps from scratch and reports a real status', () => {
    const cwd = workspace();
    const steps = kernel(cwd, 'step', '-n', '25');
    const status = kernel(cwd, 'status', '--json');
    const text = kernel(cwd, 'status');
    const summary = JSON.parse(status.stdout);

    expect(steps.status).toBe(0);
    expect(steps.stderr).toContain(
      'No state file scs_state.json: starting a calibration with seed 42',
    );
    expect(steps.stdout).toContain('Step 25\n  Accepted: true\n');
    expect(steps.stdout).toContain('State saved to scs_state.json');
    expect(status.status).toBe(0);
    expect(summary).toMatchObject({
      step_count: 25,
      seed: 42,
      evaluator: 'estimate',
      cri_trigger_count: 1,
    });
    expect(summary.cri_diagnostics.history_length).toBe(10);
    expect(text.stdout).toContain('Steps: 25 (accepted 25, rejected 0)');
    expect(text.stdout).toContain('  Regime switches: 1');
  });

  it('initialises from a configuration file and exports the current configuration', () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'start.json'), JSON.stringify({ algorithm: 'QAOA', ansatz_depth: 3 }));
    const init = kernel(cwd, 'init', '--config', 'start.json', '--policy', 'Exploit', '--json');
    const exported = kernel(cwd, 'export', '--stdout');
    const written = readFileSync(join(cwd, 'scs_config_export.json'), 'utf8');

    expect(init.status).toBe(0);
    expect(JSON.parse(init.stdout).current_config).toMatchObject({
      algorithm: 'QAOA',
      ansatz_depth: 3,
    });
    expect(JSON.parse(stateOf(cwd)).dionice.policy).toBe('exploit');
    expect(exported.status).toBe(0);
    expect(written).toBe(`${exported.stdout}`);
    expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`);
    expect(kernel(cwd, 'export', '-o', 'mine.json').stdout).toBe(
      'Configuration written to mine.json\n',
    );
    expect(existsSync(join(cwd, 'mine.json'))).toBe(true);
  });

  it('answers a one-shot dionice call', () => {
    const run = kernel(
      workspace(),
      'dionice',
      '--psi',
      '0.85',
      '--rho',
      '0.9',
      '--omega',
      '0.75',
      '--algorithm',
      'vqe',
    );

    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      '{\n  "notes": "Exploration: 1 new patterns discovered",\n  "resonance_score": 0.85,\n' +
        '  "regime_change_suggested": false,\n  "new_config": {}\n}\n',
    );
  });

  it.each([
    [['--psi', '1.5'], 'Error: psi must be a number in [0, 1], got 1.5'],
    [['--psi', 'NaN'], 'Error: psi must be a number in [0, 1], got NaN'],
    [['--psi', 'high'], 'Error: --psi must be a number, got "high"'],
    [
      ['--algorithm', 'Shor'],
      'Error: algorithm must be one of VQE, QAOA, QuantumWalk, Grover, Boson, VQC, Integration (case-insensitive), got "Shor"',
    ],
    [
      ['--policy', 'greedy'],
      'Error: policy must be one of explore, exploit, homeostasis (case-insensitive), got "greedy"',
    ],
  ])('rejects a dionice call with %j (exit 1)', (override, message) => {
    const args = {
      '--psi': '0.5',
      '--rho': '0.5',
      '--omega': '0.5',
      '--algorithm': 'VQE',
    } as Record<string, string>;
    args[override[0]] = override[1];
    const run = kernel(workspace(), 'dionice', ...Object.entries(args).flat());

    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe('');
  });

  describe('leaves the state file untouched when a command fails', () => {
    function withState(): { cwd: string; before: string } {
      const cwd = workspace();
      kernel(cwd, 'init', '--seed', '9');
      kernel(cwd, 'step', '-n', '3');

      return { cwd, before: stateOf(cwd) };
    }

    it('on an invalid configuration file', () => {
      const { cwd, before } = withState();
      writeFileSync(join(cwd, 'bad.json'), JSON.stringify({ ansatz_depth: 0, learning_rate: 2 }));
      const run = kernel(cwd, 'init', '--config', 'bad.json');

      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        'Error: Invalid configuration file bad.json: ansatz_depth must be an integer in [1, 10], ' +
          'got 0; learning_rate must be a number in (0, 1], got 2\n',
      );
      expect(stateOf(cwd)).toBe(before);
    });

    it('on a configuration file that is not JSON, or missing', () => {
      const { cwd, before } = withState();
      writeFileSync(join(cwd, 'broken.json'), '{ "algorithm": ');

      expect(kernel(cwd, 'init', '--config', 'broken.json').stderr).toMatch(
        /^Error: configuration file broken\.json is not valid JSON: /,
      );
      expect(kernel(cwd, 'init', '--config', 'absent.json').stderr).toMatch(
        /^Error: cannot read configuration file absent\.json: ENOENT/,
      );
      expect(stateOf(cwd)).toBe(before);
    });

    it('on bad option values', () => {
      const { cwd, before } = withState();
      const runs = [
        kernel(cwd, 'init', '--seed', '-1'),
        kernel(cwd, 'init', '--policy', 'greedy'),
        kernel(cwd, 'init', '--evaluator', 'oracle'),
        kernel(cwd, 'step', '-n', '0'),
      ];

      expect(runs.map((run) => run.status)).toEqual([1, 1, 1, 1]);
      expect(runs.map((run) => run.stderr.trimEnd())).toEqual([
        'Error: --seed must be an integer in [0, 4294967295], got "-1"',
        'Error: policy must be one of explore, exploit, homeostasis (case-insensitive), got "greedy"',
        'Error: evaluator must be one of estimate, benchmark, got "oracle"',
        'Error: --num-steps must be an integer in [1, 1000000], got "0"',
      ]);
      expect(stateOf(cwd)).toBe(before);
    });

    it('on a corrupt state file, which is reported and kept', () => {
      const cwd = workspace();
      writeFileSync(join(cwd, 'scs_state.json'), '{"format": "seraphic-calibrator/1", "step_c');
      const runs = [kernel(cwd, 'step'), kernel(cwd, 'status'), kernel(cwd, 'export')];

      for (const run of runs) {
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^Error: state file scs_state\.json is corrupt: /);
      }
      expect(stateOf(cwd)).toBe('{"format": "seraphic-calibrator/1", "step_c');
    });

    it('on a state file that parses but is invalid', () => {
      const { cwd } = withState();
      const state = JSON.parse(stateOf(cwd));
      state.current_performance.psi = 1.5;
      const corrupt = JSON.stringify(state);
      writeFileSync(join(cwd, 'scs_state.json'), corrupt);
      const run = kernel(cwd, 'step');

      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        'Error: state file scs_state.json is invalid: state.current_performance.psi must be a ' +
          'number in [0, 1], got 1.5\n',
      );
      expect(stateOf(cwd)).toBe(corrupt);
    });
  });

  it('fails status and export clearly when there is no state', () => {
    const cwd = workspace();
    const status = kernel(cwd, 'status');

    expect(status.status).toBe(1);
    expect(status.stderr).toBe(
      'Error: no calibration state at scs_state.json: run "init" or "step" first\n',
    );
    expect(kernel(cwd, 'export').status).toBe(1);
    expect(existsSync(join(cwd, 'scs_state.json'))).toBe(false);
  });

  it('uses the state file named by --state', () => {
    const cwd = workspace();
    kernel(cwd, 'init', '--state', 'other.json');

    expect(existsSync(join(cwd, 'other.json'))).toBe(true);
    expect(existsSync(join(cwd, 'scs_state.json'))).toBe(false);
    expect(kernel(cwd, '--state', 'other.json', 'status').status).toBe(0);
  });

  it('explains usage errors with exit code 2', () => {
    const cwd = workspace();
    const runs = [
      kernel(cwd),
      kernel(cwd, 'bogus'),
      kernel(cwd, 'step', '--seed', '3'),
      kernel(cwd, 'dionice', '--psi', '0.5'),
    ];

    expect(runs.map((run) => run.status)).toEqual([2, 2, 2, 2]);
    expect(runs[0].stderr).toContain('Usage: kernel <command> [options]');
    expect(runs[1].stderr).toBe('Error: unknown command "bogus"\nRun "kernel --help" for usage.\n');
    expect(runs[2].stderr).toBe(
      'Error: unknown option --seed for command "step"\nRun "kernel step --help" for usage.\n',
    );
    expect(runs[3].stderr).toContain('Error: dionice needs --rho');
  });

  it('prints help for the CLI and for every command', () => {
    const cwd = workspace();
    const overall = kernel(cwd, '--help');

    expect(overall.status).toBe(0);
    for (const command of ['init', 'step', 'status', 'export', 'dionice']) {
      expect(overall.stdout).toContain(`\n  ${command}`);
      const help = kernel(cwd, command, '--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: kernel ${command} \\[options\\]`));
    }
    expect(kernel(cwd, 'step', '--help').stdout).toContain('-n, --num-steps N');
  });
});
