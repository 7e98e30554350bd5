import { PassThrough } from 'node:stream';
import { DiscordAPIError } from 'discord.js';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleSink } from '../../src/deliver/console-sink';
import { deliverNotices, type NoticeSink } from '../../src/deliver/deliver-notices';
import type { HealthNotice } from '../../src/route/feed-health-transition';
import { NoticesRepo } from '../../src/store/notices-repo';
import { openTempDb, type TempDb } from '../support/store-fixtures';

const log = pino({ level: 'silent' });
const AT = Date.UTC(2025, 10, 17, 12);
const notice = (kind: HealthNotice['kind'], overrides: Partial<HealthNotice> = {}): HealthNotice => ({
  kind,
  feedUrl: 'https://news.example/feed',
  feedName: 'News',
  detail: kind === 'recovered' ? null : 'HTTP 500',
  failures: 3,
  at: AT,
  ...overrides,
});

let t: TempDb;
let notices: NoticesRepo;

beforeEach(() => {
  t = openTempDb();
  notices = new NoticesRepo(t.db);
});

afterEach(() => t.cleanup());

describe('deliverNotices', () => {
  it('delivers oldest first, marks each delivered, and stops at the first failure', async () => {
    notices.add(notice('failing'));
    notices.add(notice('disabled'));
    notices.add(notice('recovered'));
    const seen: string[] = [];
    let fail = true;
    const sink: NoticeSink = {
      name: 'test',
      async deliverNotice(n, id) {
        if (n.kind === 'disabled' && fail) throw new Error('down');
        seen.push(n.kind);
        return `ref-${id}`;
      },
    };
    expect(await deliverNotices(notices, sink, () => 1, log)).toEqual({ delivered: 1, failed: 1, givenUp: 0 });
    expect(notices.pendingCount()).toBe(2);
    fail = false;
    expect(await deliverNotices(notices, sink, () => 2, log)).toEqual({ delivered: 2, failed: 0, givenUp: 0 });
    expect(seen).toEqual(['failing', 'disabled', 'recovered']);
    expect(t.db.prepare('SELECT kind, attempts, delivery_ref AS ref FROM health_notices ORDER BY id').all()).toEqual([
      { kind: 'failing', attempts: 0, ref: 'ref-1' },
      { kind: 'disabled', attempts: 1, ref: 'ref-2' },
      { kind: 'recovered', attempts: 0, ref: 'ref-3' },
    ]);
    expect(notices.pending()).toEqual([]);
  });

  it('gives up a notice Discord refuses for good, logged, and carries on with the next', async () => {
    notices.add(notice('failing'));
    notices.add(notice('recovered'));
    const lines: Array<Record<string, unknown>> = [];
    const capture = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const gone = new DiscordAPIError({ message: 'Unknown Channel', code: 10003 }, 10003, 404, 'POST', 'https://discord.com/api/v10/channels/1/messages', { body: undefined, files: undefined });
    const sink: NoticeSink = {
      name: 'discord',
      async deliverNotice(n, id) {
        if (n.kind === 'failing') throw gone;
        return `ref-${id}`;
      },
    };
    expect(await deliverNotices(notices, sink, () => 5, capture)).toEqual({ delivered: 1, failed: 0, givenUp: 1 });
    expect(notices.pendingCount()).toBe(0);
    expect(t.db.prepare('SELECT kind, delivered_at AS at, delivery_ref AS ref, last_error AS error FROM health_notices ORDER BY id').all()).toEqual([
      { kind: 'failing', at: 5, ref: null, error: '404 Unknown Channel (code 10003)' },
      { kind: 'recovered', at: 5, ref: 'ref-2', error: null },
    ]);
    expect(lines).toMatchObject([{ level: 50, notice: 1, feed: 'https://news.example/feed', kind: 'failing', reason: '404 Unknown Channel (code 10003)' }]);
  });

  it('round-trips a notice through the table', () => {
    const id = notices.add(notice('disabled', { detail: null }));
    expect(notices.pending()).toEqual([{ id, attempts: 0, notice: notice('disabled', { detail: null }) }]);
  });
});

describe('console sink notices', () => {
  it('prints a readable notice, one line per fact, and a JSON line in jsonl mode', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const sink = createConsoleSink(out, 'text');
    await sink.deliverNotice(notice('failing', { feedName: 'News\u001b[2J' }), 1);
    await sink.deliverNotice(notice('recovered'), 2);
    expect(text).toBe(
      '▲ Feed failing: News [2J\n  https://news.example/feed\n  Failing since 2025-11-17 12:00 UTC: HTTP 500\n\n' +
        '▲ Feed recovered: News\n  https://news.example/feed\n  Back at 2025-11-17 12:00 UTC after 3 failed checks.\n\n',
    );
    const jsonl = createConsoleSink(out, 'jsonl');
    text = '';
    await expect(jsonl.deliverNotice(notice('disabled'), 3)).resolves.toBe('jsonl:notice-3:1');
    expect(JSON.parse(text)).toEqual({ notice: 'disabled', feed: 'News', feedUrl: 'https://news.example/feed', detail: 'HTTP 500', failures: 3, at: '2025-11-17T12:00:00.000Z' });
  });
});
