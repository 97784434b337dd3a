/** The command line was malformed (unknown option, missing value): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** The command whose help to point to, if known. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A command could not do its work (bad value, unreadable file, corrupt state): exit code 1. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}
