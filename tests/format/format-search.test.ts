import { describe, expect, it } from 'vitest';
import { formatSearch, SEARCH_PAGE_SIZE } from '../../src/format/format-search';
import type { SearchHit } from '../../src/store/search-repo';

const hit = (id: string, text: string): SearchHit => ({ id, title: `Title ${id}`, url: `https://example.com/${id}`, feedName: 'Efecto Cocuyo', time: 1_700_000_000_000, lang: 'es', text });

describe('formatSearch', () => {
  it('bolds the matched words of the escaped snippet', () => {
    const { embeds } = formatSearch({ query: 'cártel', offset: 0, page: { total: 1, hits: [hit('a', 'el cartel **de** @everyone')] } });
    expect(embeds[0]!.description).toContain('el **cartel** \\*\\*de\\*\\* @\u200beveryone');
    expect(embeds[0]!.footer!.text).toBe('1–1 of 1 story · newest first');
  });

  it('drops the bold when a cut snippet lost a closing marker', () => {
    // A 300-letter word found by a prefix: the cut to 220 characters falls inside the bold.
    const { embeds } = formatSearch({ query: 'yy*', offset: 0, page: { total: 1, hits: [hit('a', `una ${'y'.repeat(300)} palabra`)] } });
    expect(embeds[0]!.description).toContain('yyyy');
    expect(embeds[0]!.description).not.toContain('**');
  });

  it('offers Newer and Older buttons only where there are more pages', () => {
    const page = { total: 12, hits: Array.from({ length: SEARCH_PAGE_SIZE }, (_, index) => hit(`h${index}`, '')) };
    expect(formatSearch({ query: 'q', offset: 0, page }).components[0]!.components.map((button) => 'custom_id' in button && [button.custom_id, button.disabled])).toEqual([
      ['search:0:q', true],
      ['search:5:q', false],
    ]);
    expect(formatSearch({ query: 'q', offset: 10, page: { total: 12, hits: [] } }).components[0]!.components.map((button) => 'disabled' in button && button.disabled)).toEqual([false, true]);
    expect(formatSearch({ query: 'q', offset: 0, page: { total: 1, hits: [hit('a', '')] } }).components).toEqual([]);
  });

  it('gives only the total past the last page, where no range of results is shown', () => {
    expect(formatSearch({ query: 'q', offset: 10, page: { total: 9, hits: [] } }).embeds[0]).toMatchObject({ description: 'No more results.', footer: { text: '9 stories' } });
  });

  it('says when nothing matched', () => {
    expect(formatSearch({ query: 'q', offset: 0, page: { total: 0, hits: [] } }).embeds[0]).toMatchObject({ description: 'No stored story matches.', footer: { text: '0 stories' } });
  });

  it('bolds only what matched, whatever private-use characters the feed text holds', () => {
    // U+E000 and U+E001 are the snippet's own match markers: from a feed they must not become bold.
    const { embeds } = formatSearch({ query: 'cartel', offset: 0, page: { total: 1, hits: [hit('a', 'el cartel \uE000falso\uE001 y \uE001otro\uE000 \uF8FF')] } });
    const description = embeds[0]!.description!;
    expect(description).toContain('el **cartel** falso y otro');
    expect(description.match(/\*\*/g)).toHaveLength(2);
    expect(description).not.toMatch(/[\uE000-\uF8FF]/);
  });
});
