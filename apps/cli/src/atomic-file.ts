import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

let temporaryCounter = 0;

/**
 * Replaces `path` with `content` so that a reader sees either the old file or the whole new one:
 * the content goes to a temporary file in the same directory, is flushed to disk, then renamed
 * over the target. On failure the temporary file is removed and the target is left untouched.
 */
export function writeFileAtomically(path: string, content: string): void {
  const target = resolve(path);
  const directory = dirname(target);
  temporaryCounter += 1;
  const temporary = join(directory, `.${basename(target)}.${process.pid}.${temporaryCounter}.tmp`);

  try {
    const descriptor = openSync(temporary, 'wx', 0o644);
    try {
      writeSync(descriptor, content);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }

  syncDirectory(directory);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone or never created.
  }
}

/** Makes the rename itself durable; not every platform can open a directory, which is fine. */
function syncDirectory(directory: string): void {
  try {
    const descriptor = openSync(directory, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // Best effort only.
  }
}
