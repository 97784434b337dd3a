import { resolve } from 'node:path';

import { writeFileAtomically } from '../atomic-file';
import { CliCommand, CommandContext, STATE_OPTION } from '../cli-command';
import { stateStoreFor } from '../state-store';
import { loadExisting } from './status.command';

const DEFAULT_EXPORT_FILE = 'scs_config_export.json';

/** `export`: writes the current configuration as JSON. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the current configuration as JSON',
  description:
    `Writes the current configuration (JSON, indent 2) to FILE (default ${DEFAULT_EXPORT_FILE});\n` +
    'with --stdout it is also printed.',
  options: [
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      description: `target file (default ${DEFAULT_EXPORT_FILE})`,
    },
    { name: 'stdout', description: 'also print the configuration' },
    STATE_OPTION,
  ],
  run: runExport,
};

function runExport({ options, io }: CommandContext): void {
  const calibrator = loadExisting(stateStoreFor(options, io));
  const output = options.value('output') ?? DEFAULT_EXPORT_FILE;
  const json = JSON.stringify(calibrator.currentConfig, null, 2);

  writeFileAtomically(resolve(io.cwd, output), `${json}\n`);
  if (options.has('stdout')) {
    io.out(json);
    io.err(`Configuration written to ${output}`);
    return;
  }
  io.out(`Configuration written to ${output}`);
}
