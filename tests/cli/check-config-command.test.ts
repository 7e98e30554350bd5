import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-io';
import { SHIPPED_CONFIG, tempConfig, type TempConfig } from '../support/config-dir';

let config: TempConfig | undefined;
afterEach(() => config?.cleanup());

describe('vigia check-config', () => {
  it('accepts the shipped config and says what it holds', async () => {
    const { code, stdout } = await runCli(['check-config', '--config', SHIPPED_CONFIG]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/OK — \d+ feeds \(\d+ enabled\), 22 figures, 9 claims/);
  });

  it('lists every problem with file and path, and exits 1', async () => {
    config = tempConfig(['https://ok.example/feed']);
    fs.writeFileSync(path.join(config.dir, 'feeds.yaml'), 'feeds:\n  - url: https://ok.example/feed\n  - url: not a url\n');
    fs.writeFileSync(path.join(config.dir, 'settings.yaml'), 'poll:\n  schedule: every minute\n  concurrency: 0\n');
    const { code, stderr } = await runCli(['check-config', '--config', config.dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('feeds.yaml: feeds[1].url: not a URL (http or https)');
    expect(stderr).toContain('settings.yaml: poll.concurrency:');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names a bad environment override', async () => {
    const { code, stderr } = await runCli(['check-config', '--config', SHIPPED_CONFIG], '', { VIGIA_POLL_SCHEDULE: '99 * * * *' });
    expect(code).toBe(1);
    expect(stderr).toContain('environment VIGIA_POLL_SCHEDULE: poll.schedule: "99 * * * *" is not a cron expression');
  });
});
