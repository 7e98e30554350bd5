/**
 * /search: one page of results, newest first, with the matched words in bold and buttons for the
 * pages before and after. The buttons carry the query in their custom id: `search:<offset>:<query>`.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { searchTerms, type SearchTerm } from '../store/fts-query';
import type { SearchPage } from '../store/search-repo';
import { joinLines, plural } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, inlineText, safeInline, truncate } from './discord-text';
import { storyLine } from './format-story-line';
import { pagerRow } from './pager';
import { MATCH_END, MATCH_START, searchSnippet } from './search-snippet';

export const SEARCH_PAGE_SIZE = 5;

export interface SearchView {
  query: string;
  offset: number;
  page: SearchPage;
}

/** The story's snippet escaped, then its match markers turned into bold (markers survive escaping untouched). */
function snippetText(storyText: string, terms: readonly SearchTerm[]): string {
  const text = inlineText(searchSnippet(storyText, terms), 220);
  // A cut can drop a closing marker; an unbalanced ** would bold the rest of the message.
  const balanced = text.split(MATCH_START).length === text.split(MATCH_END).length ? text : text.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '');
  return balanced.replaceAll(MATCH_START, '**').replaceAll(MATCH_END, '**');
}

export function searchButtonId(offset: number, query: string): string {
  return `search:${offset}:${query}`;
}

function pageButtons(view: SearchView): APIActionRowComponent<APIButtonComponent> | null {
  const { offset, page, query } = view;
  return pagerRow(
    { label: '◀ Newer', customId: searchButtonId(Math.max(0, offset - SEARCH_PAGE_SIZE), query), disabled: offset === 0 },
    { label: 'Older ▶', customId: searchButtonId(offset + SEARCH_PAGE_SIZE, query), disabled: offset + SEARCH_PAGE_SIZE >= page.total },
  );
}

export function formatSearch(view: SearchView): { embeds: APIEmbed[]; components: Array<APIActionRowComponent<APIButtonComponent>> } {
  const { page, offset } = view;
  const first = Math.min(page.total, offset + 1);
  const last = Math.min(page.total, offset + page.hits.length);
  const terms = searchTerms(view.query);
  const lines = page.hits.map((hit) => `${storyLine(hit)}\n${snippetText(hit.text, terms)}`);
  const embed: APIEmbed = {
    title: truncate(`Search: ${safeInline(view.query)}`, LIMITS.embedTitle),
    description: joinLines(lines, LIMITS.embedDescription - 100) || (offset > 0 ? 'No more results.' : 'No stored story matches.'),
    color: 0x4a7fd6,
    // Past the last page (an old button) there is no range to show, only the total.
    footer: { text: page.hits.length > 0 ? `${first}–${last} of ${plural(page.total, 'story', 'stories')} · newest first` : `${plural(page.total, 'story', 'stories')}` },
  };
  const buttons = pageButtons(view);
  return { embeds: [embed], components: buttons ? [buttons] : [] };
}
