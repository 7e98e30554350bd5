import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log';

const TOKEN = 'MTA5ODc2NTQzMjEw.GxYz12.abcdefghijklmnopqrstuvwxyz012345';

function capture(secrets?: string[]): { lines: string[]; log: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const log = createLogger('debug', { write: (line: string) => void lines.push(line) }, secrets ? { secrets } : {});
  return { lines, log };
}

describe('createLogger', () => {
  it('writes JSON lines that carry the child context', () => {
    const { lines, log } = capture();
    log.child({ feed: 'https://news.example/feed.xml' }).info({ items: 3 }, 'polled');
    expect(JSON.parse(lines[0]!)).toMatchObject({ app: 'vigia', feed: 'https://news.example/feed.xml', items: 3, msg: 'polled', level: 30 });
  });

  it('redacts the token fields it knows by path, even without being told the token', () => {
    const { lines, log } = capture();
    log.info({ token: TOKEN, client: { token: TOKEN }, headers: { authorization: `Bot ${TOKEN}` }, env: { DISCORD_TOKEN: TOKEN } }, 'connect');
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ token: '[redacted]', client: { token: '[redacted]' }, headers: { authorization: '[redacted]' }, env: { DISCORD_TOKEN: '[redacted]' } });
    expect(lines[0]).not.toContain(TOKEN);
  });

  it('scrubs a known token from any text: an error message, a URL, a child binding', () => {
    const { lines, log } = capture([TOKEN]);
    log.child({ command: `debug ${TOKEN}` }).error({ err: new Error(`401 from https://discord.example/api?auth=${TOKEN}`) }, `login with ${TOKEN} failed`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(TOKEN);
    const line = JSON.parse(lines[0]!);
    expect(line.msg).toBe('login with [redacted] failed');
    expect(line.err.message).toBe('401 from https://discord.example/api?auth=[redacted]');
    expect(line.command).toBe('debug [redacted]');
  });

  it('leaves values too short to be a token alone, so an empty or tiny setting scrubs nothing', () => {
    const { lines, log } = capture(['', 'abc']);
    log.info('abc and more');
    expect(JSON.parse(lines[0]!).msg).toBe('abc and more');
  });
});
