/**
 * Turns what someone typed into /search into an FTS5 query that cannot be a syntax error: every
 * word or "quoted phrase" becomes a quoted FTS5 phrase (so AND, OR, NEAR, ^ and stray quotes are
 * plain text), all of them required; a word ending in * matches any ending. Accents are dropped by
 * the table's tokenizer, on the query as on the stories.
 */

export const MAX_SEARCH_TERMS = 12;

/** One required phrase: its words as typed, and whether its last word may have any ending. */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

const TERM = /["“”„«»]([^"“”„«»]*)["“”„«»]?|([^\s"“”„«»]+)/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The phrases of a query, as the search and the snippets read them; MAX_SEARCH_TERMS at most. */
export function searchTerms(input: string): SearchTerm[] {
  return allTerms(input).slice(0, MAX_SEARCH_TERMS);
}

/** How many phrases a query holds, beyond MAX_SEARCH_TERMS too: a caller refuses a longer query rather than drop its end. */
export function countSearchTerms(input: string): number {
  return allTerms(input).length;
}

function allTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of input.matchAll(TERM)) {
    const quoted = match[1];
    const raw = quoted ?? match[2] ?? '';
    const words = raw.match(WORD);
    if (!words) continue;
    // "narco-terrorism" is one phrase of two words, as the tokenizer splits it in the stories too.
    terms.push({ words, prefix: quoted === undefined && raw.endsWith('*') });
  }
  return terms;
}

/** The FTS5 MATCH expression, or null when the text has no letters or digits to look for. */
export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  return terms.length > 0 ? terms.map((term) => `"${term.words.join(' ')}"${term.prefix ? ' *' : ''}`).join(' ') : null;
}
