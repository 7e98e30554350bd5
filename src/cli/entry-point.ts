/**
 * Whether a module is the program node was asked to run. Node runs a script by its real path, so
 * `import.meta.url` is that, while `process.argv[1]` is the path as typed: through a symlinked
 * release directory, or with a space in it (percent-encoded in the URL), comparing the two as
 * strings says no and the program exits having done nothing.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function isEntryPoint(moduleUrl: string, invokedAs: string | undefined = process.argv[1]): boolean {
  if (!invokedAs) return false;
  const self = fileURLToPath(moduleUrl);
  try {
    return realpathSync(invokedAs) === realpathSync(self);
  } catch {
    // A path that no longer resolves is compared as written.
    return path.resolve(invokedAs) === self;
  }
}
