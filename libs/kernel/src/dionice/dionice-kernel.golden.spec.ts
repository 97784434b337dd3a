import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DioniceKernel, DioniceKernelOptions } from './dionice-kernel';
import type { DioniceInput } from './state-mapping';

interface ExpectedAfter {
  history_length?: number;
  funnel_node_count?: number;
  time_step?: number;
  policy?: string;
  funnel_nodes?: Record<string, number>[];
}

type Operation =
  | { op: 'step'; input: DioniceInput; expected: unknown; after?: ExpectedAfter }
  | { op: 'ingest'; input: DioniceInput; after?: ExpectedAfter }
  | { op: 'step_ingested'; expected: unknown; after?: ExpectedAfter }
  | { op: 'switch_policy'; policy: 'explore' | 'exploit' | 'homeostasis'; after?: ExpectedAfter };

interface Scenario {
  description: string;
  options: DioniceKernelOptions;
  operations: Operation[];
}

const FIXTURES = join(__dirname, '../../../../test/fixtures/kernel');
const scenarios = readdirSync(FIXTURES)
  .filter((file) => file.startsWith('dionice-') && file.endsWith('.json'))
  .sort()
  .map(
    (file) => [file, JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Scenario] as const,
  );

function apply(kernel: DioniceKernel, operation: Operation): unknown {
  switch (operation.op) {
    case 'step':
      return kernel.step(operation.input);
    case 'ingest':
      kernel.ingestState(operation.input);
      return undefined;
    case 'step_ingested':
      return kernel.stepIngested();
    case 'switch_policy':
      if (operation.policy === 'explore') kernel.switchToExplore();
      if (operation.policy === 'exploit') kernel.switchToExploit();
      if (operation.policy === 'homeostasis') kernel.switchToHomeostasis();
      return undefined;
  }
}

function checkAfter(kernel: DioniceKernel, after: ExpectedAfter): void {
  if (after.history_length !== undefined) expect(kernel.historyLength).toBe(after.history_length);
  if (after.funnel_node_count !== undefined) {
    expect(kernel.funnelNodeCount()).toBe(after.funnel_node_count);
    expect(kernel.funnelDensity()).toBe(after.funnel_node_count);
  }
  if (after.time_step !== undefined) expect(kernel.timeStep).toBe(after.time_step);
  if (after.policy !== undefined) expect(kernel.policy).toBe(after.policy);
  if (after.funnel_nodes !== undefined) {
    const nodes = kernel.toJSON().funnel.nodes.map((node) => ({
      id: node.id,
      mass: node.mass,
      ...node.position,
    }));
    expect(nodes).toHaveLength(after.funnel_nodes.length);
    after.funnel_nodes.forEach((expected, index) => expect(nodes[index]).toMatchObject(expected));
  }
}

describe('DioniceKernel golden scenarios (test/fixtures/kernel/dionice-*.json)', () => {
  it('finds the scenario files', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
  });

  it.each(scenarios)('%s', (_file, scenario) => {
    const kernel = new DioniceKernel(scenario.options);
    for (const operation of scenario.operations) {
      const result = apply(kernel, operation);
      if ('expected' in operation) {
        // Byte equality checks values and key order together.
        expect(JSON.stringify(result)).toBe(JSON.stringify(operation.expected));
      }
      if (operation.after !== undefined) {
        checkAfter(kernel, operation.after);
      }
    }
  });

  it.each(scenarios)(
    '%s gives the same results after a JSON round trip at every step',
    (_file, scenario) => {
      const straight = new DioniceKernel(scenario.options);
      let restored = new DioniceKernel(scenario.options);
      for (const operation of scenario.operations) {
        restored = DioniceKernel.fromJSON(JSON.parse(JSON.stringify(restored.toJSON())));
        expect(JSON.stringify(apply(restored, operation))).toBe(
          JSON.stringify(apply(straight, operation)),
        );
        expect(JSON.stringify(restored.toJSON())).toBe(JSON.stringify(straight.toJSON()));
      }
    },
  );
});
