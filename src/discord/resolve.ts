/**
 * Figures, claims and feeds named in options, found or refused with a UserError that says what
 * exists instead ("Closest: …"), so an unknown value never reaches a query.
 */
import type { EntityConfig } from '../config/schema';
import type { ClaimConfig } from '../config/claims-schema';
import { findClaim } from '../match/find-claim';
import { findFigure } from '../match/find-figure';
import type { FeedRow } from '../store/feeds-repo';
import { inlineText, safeInline, urlText } from './safe-message';
import { UserError } from './user-error';

const quoted = (text: string): string => `“${inlineText(text, 100)}”`;
const names = (figures: readonly EntityConfig[]): string => figures.map((figure) => `**${safeInline(figure.name)}**`).join(', ');

export function resolveFigure(figures: readonly EntityConfig[], query: string): EntityConfig {
  const found = findFigure(figures, query);
  if (found.kind === 'found') return found.figure;
  if (found.kind === 'ambiguous') throw new UserError(`${quoted(query)} names more than one figure: ${names(found.candidates)}. Use the full name.`);
  const closest = found.closest.length > 0 ? ` Closest: ${names(found.closest)}.` : ' `/track list` shows every tracked figure.';
  throw new UserError(`No tracked figure is called ${quoted(query)}.${closest}`);
}

export function resolveClaim(claims: readonly ClaimConfig[], query: string): ClaimConfig {
  const found = findClaim(claims, query);
  if (found.kind === 'found') return found.claim;
  const closest = found.closest.length > 0 ? ` Closest: ${found.closest.map((claim) => `\`${claim.id}\``).join(', ')}.` : '';
  throw new UserError(`No tracked claim has the id ${quoted(query)}.${closest}`);
}

/** The feed with this URL as written or in canonical form (feeds.yaml keeps URLs as written). */
export function findFeed(feeds: readonly FeedRow[], href: string): FeedRow | undefined {
  return feeds.find((feed) => feed.url === href || (URL.canParse(feed.url) && new URL(feed.url).href === href));
}

export function resolveFeed(feeds: readonly FeedRow[], href: string): FeedRow {
  const feed = findFeed(feeds, href);
  if (!feed) throw new UserError(`No feed has the URL ${urlText(href, 300, 'no-preview')}. \`/feeds list\` shows them all.`);
  return feed;
}
