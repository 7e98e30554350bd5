import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands';
import { runCli } from '../support/cli-io';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord';
import { closedPort } from '../support/feed-server';

let fake: FakeDiscord;

beforeEach(async () => {
  fake = await startFakeDiscord();
});

afterEach(async () => {
  await fake.close();
});

const env = () => ({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
const names = COMMANDS.map((command) => command.name);

describe('deploy-commands', () => {
  it('registers every command globally, asking Discord for the application id', async () => {
    const run = await runCli(['deploy-commands'], '', env());
    expect(run).toEqual({ code: 0, stdout: `registered ${names.length} commands globally: ${names.map((name) => `/${name}`).join(', ')}\n`, stderr: '' });
    expect(fake.registeredCommands.global.map((command) => command.name)).toEqual(names);
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /applications/@me', `PUT /applications/${fake.applicationId}/commands`]);
  });

  it('registers in one server with --guild, using DISCORD_APPLICATION_ID when set', async () => {
    const run = await runCli(['deploy-commands', '--guild', fake.guildId], '', { ...env(), DISCORD_APPLICATION_ID: fake.applicationId });
    expect(run.code).toBe(0);
    expect(fake.registeredCommands.guilds.get(fake.guildId)?.map((command) => command.name)).toEqual(names);
    expect(fake.registeredCommands.global).toEqual([]);
    expect(fake.requests.map((request) => request.method)).toEqual(['PUT']);
  });

  it('registers the same definitions again without duplicates', async () => {
    await runCli(['deploy-commands'], '', env());
    await runCli(['deploy-commands'], '', env());
    expect(fake.registeredCommands.global).toHaveLength(names.length);
  });

  it('needs DISCORD_TOKEN, and says so', async () => {
    const run = await runCli(['deploy-commands'], '', { DISCORD_API_BASE: fake.apiBase });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^deploy-commands: DISCORD_TOKEN is not set/);
    expect(fake.requests).toEqual([]);
  });

  it('refuses a --guild or DISCORD_APPLICATION_ID that is not a Discord id', async () => {
    expect((await runCli(['deploy-commands', '--guild', 'my-server'], '', env())).stderr).toMatch(/^usage: --guild must be a Discord server id/);
    const run = await runCli(['deploy-commands'], '', { ...env(), DISCORD_APPLICATION_ID: 'vigia' });
    expect(run.code).toBe(2);
    expect(fake.requests).toEqual([]);
  });

  it('reports a refused token without printing it', async () => {
    const run = await runCli(['deploy-commands'], '', { ...env(), DISCORD_TOKEN: 'wrong-token-secret' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^deploy-commands: Discord refused \(401\)/);
    expect(run.stderr + run.stdout).not.toContain('wrong-token-secret');
  });

  it('reports a REST base it cannot reach', async () => {
    const port = await closedPort();
    const run = await runCli(['deploy-commands', '--guild', fake.guildId], '', { ...env(), DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_BASE: `http://127.0.0.1:${port}/api` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^deploy-commands: cannot reach Discord: /);
  });
});
