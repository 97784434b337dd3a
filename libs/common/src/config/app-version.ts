import { readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * qdash's version from its package.json, found by walking up from this file (the same from the
 * sources and from dist/), for start-up logs and /api/health.
 */
export function appVersion(): string {
  cached ??= findVersion(__dirname);

  return cached;
}

function findVersion(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === 'qdash' && manifest.version) {
        return manifest.version;
      }
    } catch {
      // no package.json here: keep walking up
    }
  }

  return 'unknown';
}
