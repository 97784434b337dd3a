import { DioniceKernel } from './dionice-kernel';
import { KernelInputError, KernelStateError } from './kernel-errors';

const observation = (step: number) => ({
  psi: 0.5 + ((step * 7) % 50) / 100,
  rho: 0.3 + ((step * 3) % 60) / 100,
  omega: 0.2 + ((step * 11) % 70) / 100,
  algorithm: ['VQE', 'QAOA', 'VQC', 'Grover'][step % 4],
});

describe('DioniceKernel', () => {
  it('starts empty with the Explore policy', () => {
    const kernel = new DioniceKernel();

    expect([kernel.policy, kernel.timeStep, kernel.historyLength]).toEqual(['explore', 0, 0]);
    expect(kernel.funnelNodeCount()).toBe(0);
  });

  it('refuses to step before anything was ingested, with the original message', () => {
    const kernel = new DioniceKernel();

    expect(() => kernel.stepIngested()).toThrow(KernelStateError);
    expect(() => kernel.stepIngested()).toThrow('No state ingested. Call ingest_state() first.');
  });

  it('rejects a bad observation without changing its state', () => {
    const kernel = new DioniceKernel();
    kernel.step(observation(0));
    const before = JSON.stringify(kernel.toJSON());

    expect(() => kernel.step({ ...observation(1), psi: 1.5 })).toThrow(
      'psi must be a number in [0, 1], got 1.5',
    );
    expect(() => kernel.ingestState({ ...observation(1), algorithm: 'Shor' })).toThrow(
      KernelInputError,
    );
    expect(JSON.stringify(kernel.toJSON())).toBe(before);
  });

  it('counts one history entry per ingest and one per step', () => {
    const kernel = new DioniceKernel();
    for (let step = 0; step < 5; step++) {
      kernel.step(observation(step));
    }

    expect(kernel.historyLength).toBe(10);
    expect(kernel.timeStep).toBe(5);
  });

  it('switches policy and reports it', () => {
    const kernel = new DioniceKernel({ policy: 'EXPLOIT' });
    const seen = [kernel.policy];
    kernel.switchToHomeostasis();
    seen.push(kernel.policy);
    kernel.switchToExplore();
    seen.push(kernel.policy);
    kernel.switchToExploit();
    seen.push(kernel.policy);

    expect(seen).toEqual(['exploit', 'homeostasis', 'explore', 'exploit']);
  });

  it.each([
    [{ policy: 'chaos' }, 'policy must be one of explore, exploit, homeostasis'],
    [{ maxFunnelNodes: 0 }, 'maxFunnelNodes must be an integer >= 1, got 0'],
    [{ maxHistory: 2.5 }, 'maxHistory must be an integer >= 1, got 2.5'],
  ])('rejects options %j', (options, message) => {
    expect(() => new DioniceKernel(options)).toThrow(message);
  });

  describe('bounds', () => {
    it('keeps at most 128 nodes and 1000 history states by default', () => {
      const kernel = new DioniceKernel();
      let last = kernel.step(observation(0));
      for (let step = 1; step < 1200; step++) {
        last = kernel.step(observation(step));
      }

      expect(kernel.funnelNodeCount()).toBe(128);
      expect(kernel.historyLength).toBe(1000);
      expect(kernel.timeStep).toBe(1200);
      expect(last.notes.endsWith('Exploration: 1 new patterns discovered')).toBe(true);
      // Node 1071 is the oldest retained after step 1200 evicted down to 128 (ids 1072..1199).
      expect(kernel.toJSON().funnel.nodes[0].id).toBe(1072);
      expect(last.resonance_score).toBe(observation(1071).psi);
    });
  });

  describe('toJSON / fromJSON', () => {
    it('continues identically after a round trip', () => {
      const straight = new DioniceKernel({ policy: 'exploit', maxFunnelNodes: 5 });
      for (let step = 0; step < 20; step++) {
        straight.step(observation(step));
      }
      const restored = DioniceKernel.fromJSON(JSON.parse(JSON.stringify(straight.toJSON())));

      for (let step = 20; step < 40; step++) {
        expect(restored.step(observation(step))).toEqual(straight.step(observation(step)));
      }
      expect(JSON.stringify(restored.toJSON())).toBe(JSON.stringify(straight.toJSON()));
    });

    it.each([
      [(state: any) => ({ ...state, policy: 'chaos' }), 'state.policy must be one of'],
      [(state: any) => ({ ...state, history: 'x' }), 'state.history must be an array, got "x"'],
      [
        (state: any) => ({ ...state, history: [{ x: 0, y: 1, z: 0 }] }),
        'state.history[0].psi must be a finite number, got undefined',
      ],
      [
        (state: any) => ({
          ...state,
          funnel: { ...state.funnel, nodes: [state.funnel.nodes[1], state.funnel.nodes[0]] },
        }),
        "state.funnel.nodes[1].id must be above the previous node's id (1) and below next_id (2), got 0",
      ],
      [
        (state: any) => ({ ...state, max_funnel_nodes: 1 }),
        'state.funnel.nodes must hold at most max_funnel_nodes (1) nodes, got 2',
      ],
      [
        (state: any) => ({ ...state, format: 'v0' }),
        'state.format must be one of dionice-kernel/1',
      ],
      [
        (state: any) => ({ ...state, hdag: undefined }),
        'state.hdag must be an object, got undefined',
      ],
    ])('rejects a corrupt state (%#)', (corrupt, message) => {
      const kernel = new DioniceKernel();
      kernel.step(observation(0));
      kernel.step(observation(1));
      const state = corrupt(JSON.parse(JSON.stringify(kernel.toJSON())));

      expect(() => DioniceKernel.fromJSON(state)).toThrow(KernelInputError);
      expect(() => DioniceKernel.fromJSON(state)).toThrow(message);
    });
  });
});
