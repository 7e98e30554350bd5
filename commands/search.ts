/**
 * /search query: — full-text search over stored stories, accent-insensitive, newest first, five a
 * page; the Newer/Older buttons page through the same query.
 */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandContext } from '../src/discord/command-context';
import { defineCommand, type Reply } from '../src/discord/command-types';
import { textOption } from '../src/discord/option-schemas';
import { UserError } from '../src/discord/user-error';
import { formatSearch, SEARCH_PAGE_SIZE } from '../src/format/format-search';
import { countSearchTerms, MAX_SEARCH_TERMS, toFtsQuery } from '../src/store/fts-query';

/** Short enough that `search:<offset>:<query>` fits a button's 100-character custom id. */
export const QUERY_MAX = 80;
const MAX_OFFSET = 10_000;

function searchPage(ctx: CommandContext, query: string, offset: number): Reply {
  const fts = toFtsQuery(query);
  if (fts === null) throw new UserError('Give at least one word to search for (letters or digits).');
  const terms = countSearchTerms(query);
  if (terms > MAX_SEARCH_TERMS) throw new UserError(`Search for at most ${MAX_SEARCH_TERMS} words or "quoted phrases" at once; this query has ${terms}.`);
  const page = ctx.search.search(fts, { limit: SEARCH_PAGE_SIZE, offset });
  return formatSearch({ query, offset, page });
}

export const searchCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Search stored stories (accents optional; "quotes" for a phrase, word* for any ending)')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) => option.setName('query').setDescription('Words to find').setRequired(true).setMaxLength(QUERY_MAX))
    .toJSON(),
  options: z.object({ query: textOption({ max: QUERY_MAX }) }),
  execute: (ctx, { query }) => searchPage(ctx, query, 0),
  button(ctx, parts) {
    const [offsetText = '', ...rest] = parts;
    const offset = Number(offsetText);
    const query = rest.join(':');
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET || !query || query.length > QUERY_MAX) {
      throw new UserError('This button no longer works; run `/search` again.');
    }
    return searchPage(ctx, query, offset);
  },
});
