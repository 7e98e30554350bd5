/**
 * /feeds add url: name: · /feeds remove url: · /feeds list page: · /feeds status page: · /feeds test url:.
 * add and remove need Manage Server. Removing disables the feed (its stories stay searchable);
 * adding it again re-enables it. list and status show a page at a time, with buttons for the others.
 * test fetches and matches now without storing anything.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type SlashCommandIntegerOption, type SlashCommandStringOption } from 'discord.js';
import { z } from 'zod';
import type { CommandContext } from '../src/discord/command-context';
import { defineCommand, type Choice, type Reply } from '../src/discord/command-types';
import { feedUrlOption, integerOption, textOption } from '../src/discord/option-schemas';
import { findFeed, resolveFeed } from '../src/discord/resolve';
import { inlineText, proseText, safeInline, urlText } from '../src/discord/safe-message';
import { UserError } from '../src/discord/user-error';
import { MAX_URL_LENGTH, OUTLET_CHARACTERS } from '../src/discord/validate-option';
import { FetchError } from '../src/fetch/errors';
import { formatFeedList, formatFeedStatus, type FeedsView } from '../src/format/format-feeds';
import { formatFeedTest } from '../src/format/format-feed-test';
import { nameKey } from '../src/config/name-key';
import { ParseError } from '../src/parse/errors';
import { hostOf } from '../src/store/feeds-repo';

export const REMOVED_REASON = 'removed with /feeds remove';
/** More pages than any feed list will need; a larger number shows the last page. */
const MAX_PAGE = 1_000;
const pageOption = () => integerOption({ min: 1, max: MAX_PAGE });
const YAML_DISABLED = 'disabled in feeds.yaml';

const options = z.discriminatedUnion(
  'subcommand',
  [
    z.object({ subcommand: z.literal('add'), url: feedUrlOption(), name: textOption({ max: 100, allowed: OUTLET_CHARACTERS }).optional() }),
    z.object({ subcommand: z.literal('remove'), url: feedUrlOption() }),
    z.object({ subcommand: z.literal('list'), page: pageOption().optional() }),
    z.object({ subcommand: z.literal('status'), page: pageOption().optional() }),
    z.object({ subcommand: z.literal('test'), url: feedUrlOption() }),
  ],
  { error: 'needs a subcommand: add, remove, list, status or test' },
);

// Unescaped: Discord keeps a backslash inside a link. Angle brackets: no preview of the feed.
const link = (url: string): string => urlText(url, 300, 'no-preview');

function add(ctx: CommandContext, url: string, name: string | undefined): Reply {
  const existing = findFeed(ctx.feeds.all(), url);
  const now = ctx.now();
  if (!existing) {
    ctx.feeds.addUserFeed({ url, name: name ?? hostOf(url) }, now);
    return { content: `Added **${safeInline(name ?? hostOf(url))}** (${link(url)}); it is polled from the next tick. Its first poll records what is there without alerting.` };
  }
  if (existing.enabled) throw new UserError(`${link(url)} is already polled, as **${safeInline(existing.name)}**.`);
  if (existing.disabledReason === YAML_DISABLED) throw new UserError(`${link(url)} is disabled in feeds.yaml; enable it there.`);
  ctx.feeds.reEnable(existing.id, now, name);
  const was = existing.disabledReason ? ` It was disabled: ${proseText(existing.disabledReason, 300)}.` : '';
  return { content: `Re-enabled **${safeInline(name ?? existing.name)}** (${link(url)}); it is checked at the next tick.${was}` };
}

function remove(ctx: CommandContext, url: string): Reply {
  const feed = resolveFeed(ctx.feeds.all(), url);
  if (!feed.enabled) throw new UserError(`**${safeInline(feed.name)}** is not polled already (${proseText(feed.disabledReason ?? 'disabled', 300)}).`);
  ctx.feeds.disable(feed.id, REMOVED_REASON);
  return { content: `Stopped polling **${safeInline(feed.name)}** (${link(feed.url)}). Its stories stay searchable; \`/feeds add\` brings it back.` };
}

async function test(ctx: CommandContext, url: string): Promise<Reply> {
  try {
    return { embeds: [formatFeedTest(await ctx.testFeed(url))] };
  } catch (error) {
    // Fetch and parse failures are about the feed, written in words for people: show them.
    if (error instanceof FetchError || error instanceof ParseError) throw new UserError(`Could not read that feed: ${proseText(error.message, 500)}`);
    throw error;
  }
}

function feedsPage(ctx: CommandContext, view: FeedsView, page = 1): Reply {
  return view === 'list' ? formatFeedList(ctx.feeds.all(), page) : formatFeedStatus(ctx.feeds.all(), ctx.now(), page);
}

/** Autocomplete over known feeds by URL or name (URLs longer than a choice value can hold are left out). */
function feedChoices(ctx: CommandContext, typed: string): Choice[] {
  const key = nameKey(typed);
  return ctx.feeds
    .all()
    .filter((feed) => feed.url.length <= 100 && (!key || nameKey(`${feed.name} ${feed.url}`).includes(key)))
    .map((feed) => ({ name: `${feed.name} — ${feed.url}`, value: feed.url }));
}

const pageChoice = (option: SlashCommandIntegerOption) => option.setName('page').setDescription('Which page (default: the first)').setMinValue(1).setMaxValue(MAX_PAGE);

const urlOption = (description: string) => (option: SlashCommandStringOption) =>
  option.setName('url').setDescription(description).setRequired(true).setMaxLength(MAX_URL_LENGTH);

export const feedsCommand = defineCommand({
  data: new SlashCommandBuilder()
    .setName('feeds')
    .setDescription('The feeds vigia polls and their health')
    .setContexts(InteractionContextType.Guild)
    // Per command, not per subcommand, in Discord: list, status and test inherit it (admins can widen it).
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Poll a new feed, or re-enable a disabled one')
        .addStringOption(urlOption('Feed URL (http or https)'))
        .addStringOption((option) => option.setName('name').setDescription('Outlet name (default: the host)').setMaxLength(100)),
    )
    .addSubcommand((sub) => sub.setName('remove').setDescription('Stop polling a feed').addStringOption((option) => urlOption('Feed URL')(option).setAutocomplete(true)))
    .addSubcommand((sub) => sub.setName('list').setDescription('Every feed').addIntegerOption(pageChoice))
    .addSubcommand((sub) => sub.setName('status').setDescription('Each feed’s health: last success, last error, next check').addIntegerOption(pageChoice))
    .addSubcommand((sub) => sub.setName('test').setDescription('Fetch a feed now and show what would match, storing nothing').addStringOption((option) => urlOption('Feed URL')(option).setAutocomplete(true)))
    .toJSON(),
  options,
  managerOnly: (subcommand) => subcommand === 'add' || subcommand === 'remove',
  defer: (args) => args.subcommand === 'test',
  execute(ctx, args) {
    switch (args.subcommand) {
      case 'add':
        return add(ctx, args.url, args.name);
      case 'remove':
        return remove(ctx, args.url);
      case 'list':
      case 'status':
        return feedsPage(ctx, args.subcommand, args.page);
      case 'test':
        return test(ctx, args.url);
    }
  },
  autocomplete: (ctx, focused) => feedChoices(ctx, focused.value),
  button(ctx, [view, pageText]) {
    const page = Number(pageText);
    if ((view !== 'list' && view !== 'status') || !Number.isInteger(page) || page < 1) throw new UserError('This button no longer works; run `/feeds` again.');
    return feedsPage(ctx, view, page);
  },
});
