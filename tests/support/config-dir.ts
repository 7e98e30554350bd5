/** A temp config directory: the shipped figures and claims, with feeds and settings chosen by the test. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From import.meta.url rather than __dirname, so this also loads under tsx (the bench), not only vitest.
export const SHIPPED_CONFIG = fileURLToPath(new URL('../../config', import.meta.url));

export interface TempConfig {
  dir: string;
  dbFile: string;
  cleanup(): void;
}

export function tempConfig(feedUrls: string[], settingsYaml = 'log:\n  level: warn\n'): TempConfig {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-config-'));
  for (const file of ['entities.yaml', 'claims.yaml']) fs.copyFileSync(path.join(SHIPPED_CONFIG, file), path.join(dir, file));
  const feeds = feedUrls.map((url, index) => `  - url: ${url}\n    name: Fixture ${index + 1}\n`).join('');
  fs.writeFileSync(path.join(dir, 'feeds.yaml'), `feeds:\n${feeds}`);
  fs.writeFileSync(path.join(dir, 'settings.yaml'), settingsYaml);
  return { dir, dbFile: path.join(dir, 'data', 'vigia.db'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
