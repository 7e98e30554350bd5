/**
 * Feed health notices (failing, disabled, recovered) in words, as terminal text, as a JSON line and
 * as a Discord embed; and that a feed's name, URL or error text cannot move a terminal's cursor,
 * fake another line, ping anyone, inject markdown or exceed Discord's limits.
 */
import { describe, expect, it } from 'vitest';
import { describeNotice, formatConsoleNotice, formatJsonNotice, formatNoticeEmbed, formatNoticePlain, HEALTH_COLOURS } from '../../src/format/format-health-notice';
import type { HealthNotice } from '../../src/route/feed-health-transition';
import { messageProblems } from '../support/fake-discord-payloads';

const AT = Date.UTC(2025, 10, 17, 12, 5);

const notice = (overrides: Partial<HealthNotice> = {}): HealthNotice => ({
  kind: 'failing',
  feedUrl: 'https://elpitazo.example/feed',
  feedName: 'El Pitazo',
  detail: 'HTTP 503 Service Unavailable',
  failures: 1,
  at: AT,
  ...overrides,
});

describe('describeNotice', () => {
  it('says since when a feed fails and why', () => {
    expect(describeNotice(notice())).toBe('Failing since 2025-11-17 12:05 UTC: HTTP 503 Service Unavailable');
  });

  it('says after how many failures a feed was disabled, singular or plural', () => {
    expect(describeNotice(notice({ kind: 'disabled', failures: 10, detail: 'HTTP 410 Gone' }))).toBe('Disabled after 10 consecutive failures: HTTP 410 Gone');
    expect(describeNotice(notice({ kind: 'disabled', failures: 1, detail: 'HTTP 410 Gone' }))).toBe('Disabled after 1 consecutive failure: HTTP 410 Gone');
  });

  it('says when a feed came back and after how many failed checks', () => {
    expect(describeNotice(notice({ kind: 'recovered', failures: 3, detail: null }))).toBe('Back at 2025-11-17 12:05 UTC after 3 failed checks.');
    expect(describeNotice(notice({ kind: 'recovered', failures: 1, detail: null }))).toBe('Back at 2025-11-17 12:05 UTC after 1 failed check.');
  });

  it('says "unknown error" when there is no detail', () => {
    expect(describeNotice(notice({ detail: null }))).toBe('Failing since 2025-11-17 12:05 UTC: unknown error');
    expect(describeNotice(notice({ kind: 'disabled', failures: 10, detail: null }))).toBe('Disabled after 10 consecutive failures: unknown error');
  });
});

describe('formatConsoleNotice', () => {
  it('writes a heading with the feed name, the URL and what happened, on three lines', () => {
    expect(formatConsoleNotice(notice())).toBe('▲ Feed failing: El Pitazo\n  https://elpitazo.example/feed\n  Failing since 2025-11-17 12:05 UTC: HTTP 503 Service Unavailable\n');
    expect(formatConsoleNotice(notice({ kind: 'disabled', failures: 10 })).split('\n')[0]).toBe('▲ Feed disabled: El Pitazo');
    expect(formatConsoleNotice(notice({ kind: 'recovered', failures: 2, detail: null })).split('\n')[0]).toBe('▲ Feed recovered: El Pitazo');
  });

  it('lets no escape sequence, control character or line break through from the feed', () => {
    const text = formatConsoleNotice(
      notice({
        feedName: 'Bad\u001b[2J\u001b[H feed\n▲ Feed recovered: Other',
        feedUrl: 'https://evil.example/\r\nfeed',
        detail: 'boom\u0007\u009b31m\u2028second line\u202e',
      }),
    );
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    // Still exactly three lines: a feed cannot fake a fourth.
    expect(text.split('\n')).toHaveLength(4);
    expect(text.split('\n')[0]).toBe('▲ Feed failing: Bad [2J [H feed ▲ Feed recovered: Other');
  });
});

describe('formatJsonNotice', () => {
  it('writes one JSON line with the kind, feed, detail, failures and ISO time', () => {
    expect(formatJsonNotice(notice())).toBe(
      '{"notice":"failing","feed":"El Pitazo","feedUrl":"https://elpitazo.example/feed","detail":"HTTP 503 Service Unavailable","failures":1,"at":"2025-11-17T12:05:00.000Z"}\n',
    );
    expect(JSON.parse(formatJsonNotice(notice({ kind: 'recovered', detail: null, failures: 4 })))).toEqual({
      notice: 'recovered',
      feed: 'El Pitazo',
      feedUrl: 'https://elpitazo.example/feed',
      detail: null,
      failures: 4,
      at: '2025-11-17T12:05:00.000Z',
    });
  });

  it('keeps feed text with line breaks and escapes on one line, and gives it back unchanged when parsed', () => {
    const feedName = 'Bad\nfeed\u001b[2J';
    const detail = 'line one\r\nline two';
    const line = formatJsonNotice(notice({ feedName, detail }));
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(JSON.parse(line)).toMatchObject({ feed: feedName, detail });
  });
});

describe('formatNoticeEmbed', () => {
  it('titles the notice, describes it, links nothing, and timestamps it', () => {
    expect(formatNoticeEmbed(notice())).toEqual({
      title: 'Feed failing: El Pitazo',
      // The dashes of the date are escaped like any other text; Discord shows them plainly.
      description: 'Failing since 2025\\-11\\-17 12:05 UTC: HTTP 503 Service Unavailable',
      color: HEALTH_COLOURS.failing,
      fields: [{ name: 'Feed', value: 'https://elpitazo.example/feed' }],
      timestamp: '2025-11-17T12:05:00.000Z',
      footer: { text: 'vigia feed health' },
    });
  });

  it('colours failing amber, disabled red and recovered green', () => {
    expect(HEALTH_COLOURS).toEqual({ failing: 0xf0a020, disabled: 0xd64541, recovered: 0x3ba55d });
    expect(formatNoticeEmbed(notice({ kind: 'disabled', failures: 10 }))).toMatchObject({ title: 'Feed disabled: El Pitazo', color: 0xd64541 });
    expect(formatNoticeEmbed(notice({ kind: 'recovered', failures: 2, detail: null }))).toMatchObject({
      title: 'Feed recovered: El Pitazo',
      color: 0x3ba55d,
      description: 'Back at 2025\\-11\\-17 12:05 UTC after 2 failed checks.',
    });
  });

  it('shows the URL unescaped, since Discord keeps a backslash inside the link it makes of it', () => {
    const embed = formatNoticeEmbed(notice({ feedUrl: 'https://news.google.com/rss/search?q=cartel&hl=es-419&gl=VE&ceid=VE:es-419' }));
    expect(embed.fields).toEqual([{ name: 'Feed', value: 'https://news.google.com/rss/search?q=cartel&hl=es-419&gl=VE&ceid=VE:es-419' }]);
  });

  it('escapes markdown and neutralises mentions in the name and the error, and encodes the URL', () => {
    const embed = formatNoticeEmbed(
      notice({
        feedName: '**Noticias** @everyone\n# <@123456789012345678>',
        feedUrl: 'https://evil.example/@here_(x)',
        detail: 'Error: `<@&223456789012345678>` ||hidden|| [click](https://evil.example)\u0007',
      }),
    );
    expect(embed.title).toBe('Feed failing: \\*\\*Noticias\\*\\* @\u200beveryone \\# <\u200b@123456789012345678\\>');
    // Inside a URL "@here" is part of the link, not a mention; embeds never ping anyway.
    expect(embed.fields).toEqual([{ name: 'Feed', value: 'https://evil.example/@here_%28x%29' }]);
    expect(embed.description).toBe(
      'Failing since 2025\\-11\\-17 12:05 UTC: Error: \\`<\u200b@&223456789012345678\\>\\` \\|\\|hidden\\|\\| \\[click\\]\\(https://evil.example/\\)',
    );
    for (const text of [embed.title!, embed.description!]) expect(text).not.toMatch(/@everyone|@here|<@|\u0007/);
  });

  it('leaves a URL inside the error unescaped, so the link Discord makes of it works', () => {
    const embed = formatNoticeEmbed(notice({ detail: 'HTTP 404 Not Found from https://news.example/rss_es-419' }));
    expect(embed.description).toBe('Failing since 2025\\-11\\-17 12:05 UTC: HTTP 404 Not Found from https://news.example/rss_es-419');
  });

  it('keeps to Discord limits: title 256, description 2000 cut on word boundaries, a URL over 1024 shown by its origin', () => {
    const embed = formatNoticeEmbed(
      notice({
        feedName: Array.from({ length: 100 }, (_, index) => `nombre${index}`).join(' '),
        feedUrl: `https://long.example/${'a/'.repeat(1500)}`,
        detail: Array.from({ length: 1000 }, (_, index) => `error${index}`).join(' '),
      }),
    );
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.title).toMatch(/^Feed failing: nombre0 nombre1 .* nombre\d+…$/);
    expect(embed.description!.length).toBeLessThanOrEqual(2000);
    expect(embed.description).toMatch(/ error\d+…$/);
    expect(embed.fields![0]!.value).toBe('https://long.example');
    expect(messageProblems({ embeds: [embed] })).toEqual([]);
  });
});

describe('formatNoticePlain', () => {
  it('says what happened to which feed in three lines, the URL without a preview', () => {
    expect(formatNoticePlain(notice())).toEqual({
      content: 'Feed failing: El Pitazo\nFailing since 2025\\-11\\-17 12:05 UTC: HTTP 503 Service Unavailable\n<https://elpitazo.example/feed>',
    });
  });

  it('escapes and neutralises the name and error as the embed does, and stays under 2000 characters', () => {
    const { content } = formatNoticePlain(
      notice({ feedName: '**X** @everyone <@123456789012345678>', detail: `${'error '.repeat(400)}@here`, feedUrl: `https://long.example/${'a/'.repeat(1500)}` }),
    );
    const text = String(content);
    expect(text.split('\n')[0]).toBe('Feed failing: \\*\\*X\\*\\* @\u200beveryone <\u200b@123456789012345678\\>');
    expect(text).not.toMatch(/@everyone|@here|<@/);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text.split('\n')[2]).toBe('<https://long.example>');
    expect(messageProblems({ content: text })).toEqual([]);
  });
});
