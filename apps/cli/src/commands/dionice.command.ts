import { DioniceKernel } from '@qdash/kernel';

import { CliCommand, CommandContext } from '../cli-command';
import { UsageError } from '../cli-errors';
import { numberOption } from '../cli-values';

/** `dionice`: one DioniceKernel step on an observation, printed as JSON. */
export const dioniceCommand: CliCommand = {
  name: 'dionice',
  summary: 'run one DioniceKernel step on an observation',
  description:
    'Feeds one observation to a fresh DioniceKernel and prints its advice as JSON with the keys\n' +
    'notes, resonance_score, regime_change_suggested and new_config.',
  options: [
    { name: 'psi', value: 'X', description: 'quality ψ in [0, 1] (required)' },
    { name: 'rho', value: 'Y', description: 'stability ρ in [0, 1] (required)' },
    { name: 'omega', value: 'Z', description: 'efficiency ω in [0, 1] (required)' },
    { name: 'algorithm', value: 'NAME', description: 'VQE, QAOA, VQC, … (required, any case)' },
    {
      name: 'policy',
      value: 'POLICY',
      description: 'explore, exploit or homeostasis (default explore)',
    },
  ],
  run: runDionice,
};

function runDionice({ options, io }: CommandContext): void {
  const required = (name: string): string => {
    const value = options.value(name);
    if (value === undefined) {
      throw new UsageError(`dionice needs --${name}`, 'dionice');
    }

    return value;
  };
  const observation = {
    psi: numberOption('psi', required('psi')),
    rho: numberOption('rho', required('rho')),
    omega: numberOption('omega', required('omega')),
    algorithm: required('algorithm'),
  };

  const kernel = new DioniceKernel({ policy: options.value('policy') ?? 'explore' });
  const suggestion = kernel.step(observation);
  const report = {
    notes: suggestion.notes,
    resonance_score: suggestion.resonance_score,
    regime_change_suggested: suggestion.regime_change_suggested,
    new_config: suggestion.new_config,
  };
  io.out(JSON.stringify(report, null, 2));
}
