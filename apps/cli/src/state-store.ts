import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import {
  createEvaluator,
  evaluatorNameOfState,
  KernelInputError,
  SeraphicCalibrator,
} from '@qdash/kernel';

import { writeFileAtomically } from './atomic-file';
import type { ParsedOptions } from './cli-arguments';
import type { CliIo } from './cli-command';
import { CommandError } from './cli-errors';

/** The state file used when `--state` is not given, in the working directory. */
export const DEFAULT_STATE_FILE = 'scs_state.json';

/**
 * Loads and saves the calibration state file. A missing file is reported as null; an unreadable,
 * non-JSON or invalid one is a CommandError naming the file and the problem, and is never
 * overwritten by the failed command. Saving is atomic.
 */
export class StateStore {
  readonly path: string;

  constructor(
    cwd: string,
    /** As given on the command line, for messages. */
    readonly displayPath = DEFAULT_STATE_FILE,
  ) {
    this.path = resolve(cwd, displayPath);
  }

  exists(): boolean {
    return existsSync(this.path);
  }

  /** The saved calibration, or null when there is no state file. */
  load(): SeraphicCalibrator | null {
    if (!this.exists()) {
      return null;
    }

    const state = this.readJson();
    try {
      return SeraphicCalibrator.fromState(state, createEvaluator(evaluatorNameOfState(state)));
    } catch (error) {
      if (error instanceof KernelInputError) {
        throw new CommandError(`state file ${this.displayPath} is invalid: ${error.message}`);
      }
      throw error;
    }
  }

  save(calibrator: SeraphicCalibrator): void {
    writeFileAtomically(this.path, `${JSON.stringify(calibrator.toState(), null, 2)}\n`);
  }

  private readJson(): unknown {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      throw new CommandError(`cannot read state file ${this.displayPath}: ${describe(error)}`);
    }

    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new CommandError(`state file ${this.displayPath} is corrupt: ${describe(error)}`);
    }
  }
}

/** The store named by `--state`, or the default one in the working directory. */
export function stateStoreFor(options: ParsedOptions, io: CliIo): StateStore {
  return new StateStore(io.cwd, options.value('state') ?? DEFAULT_STATE_FILE);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
