import { ConfigError } from '../config/config-error';

/**
 * What a process entry point does when it cannot start: a configuration error is printed as
 * the list of bad values it is; anything else with its stack. Then it exits with status 1.
 */
export function exitOnStartFailure(processName: string): (error: unknown) => never {
  return (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${processName} failed to start: ${detail}\n`);
    }

    process.exit(1);
  };
}
