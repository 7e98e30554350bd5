import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleSink } from '../../src/deliver/console-sink';
import { formatConsoleAlert } from '../../src/format/format-console';
import type { AlertPayload } from '../../src/model';

const alert: AlertPayload = {
  storyId: 'g:1',
  feedName: 'BBC Mundo',
  feedUrl: 'https://feeds.bbci.co.uk/mundo/rss.xml',
  url: 'https://www.bbc.com/mundo/articles/x',
  title: 'Venezuela: nueva acusación',
  publishedAt: Date.UTC(2025, 0, 2, 3, 4),
  lang: 'es',
  entities: [{ id: 'nicolas-maduro', name: 'Nicolás Maduro', mentions: 2 }],
  claims: [],
  summary: 'Resumen.',
};

function capture(): { out: PassThrough; text: () => string } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { out, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('createConsoleSink', () => {
  it('prints readable alerts separated by a blank line', async () => {
    const { out, text } = capture();
    const sink = createConsoleSink(out, 'text');
    expect(sink.name).toBe('console');
    await sink.deliver(alert, 7);
    await sink.deliver({ ...alert, title: 'Second' }, 8);
    expect(text()).toBe(`${formatConsoleAlert(alert)}\n${formatConsoleAlert({ ...alert, title: 'Second' })}\n`);
  });

  it('prints one JSON object a line in jsonl mode', async () => {
    const { out, text } = capture();
    const sink = createConsoleSink(out, 'jsonl');
    expect(sink.name).toBe('jsonl');
    await sink.deliver(alert, 7);
    await sink.deliver({ ...alert, storyId: 'g:2' }, 8);
    const lines = text().trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { story: string }).story)).toEqual(['g:1', 'g:2']);
  });

  it('resolves with a reference naming the mode, the alert and the count printed', async () => {
    const { out } = capture();
    const sink = createConsoleSink(out, 'jsonl');
    await expect(sink.deliver(alert, 7)).resolves.toEqual({ ref: 'jsonl:7:1', givenUp: [] });
    await expect(sink.deliver(alert, 12)).resolves.toEqual({ ref: 'jsonl:12:2', givenUp: [] });
  });

  it('rejects when the stream cannot be written', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('EPIPE'));
      },
    });
    broken.on('error', () => {});
    await expect(createConsoleSink(broken, 'text').deliver(alert, 1)).rejects.toThrow('EPIPE');
  });
});
