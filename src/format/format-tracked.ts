/**
 * /track list: every figure the matcher tracks now, and what /track changed on top of
 * entities.yaml (figures added, aliases added, figures hidden), with who did it and when. Pure.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { TrackedEntity } from '../config/merge-tracked-entities';
import type { EntityConfig } from '../config/schema';
import { discordTime, joinLines } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, safeInline, truncate } from './discord-text';

export interface TrackedView {
  configEntities: readonly EntityConfig[];
  tracked: readonly TrackedEntity[];
  /** What the matcher uses: entities.yaml merged with the rows. */
  figures: readonly EntityConfig[];
}

function who(row: TrackedEntity): string {
  // A Discord user id as a mention renders the name; allowed_mentions keeps it from pinging.
  return `${row.addedBy && /^\d{17,20}$/.test(row.addedBy) ? `<@${row.addedBy}>` : 'someone'} ${discordTime(row.updatedAt)}`;
}

const aliasList = (aliases: readonly string[]): string => aliases.map((alias) => safeInline(alias)).join(', ');

export function formatTracked(view: TrackedView): APIEmbed {
  const configIds = new Set(view.configEntities.map((entity) => entity.id));
  const visibleIds = new Set(view.figures.map((figure) => figure.id));
  const added = view.tracked.filter((row) => !row.removed && !configIds.has(row.id));
  const extended = view.tracked.filter((row) => !row.removed && configIds.has(row.id) && row.aliases.length > 0);
  const hidden = view.tracked.filter((row) => row.removed && configIds.has(row.id));
  const fields: APIEmbedField[] = [];
  const field = (name: string, lines: string[]): void => {
    if (lines.length > 0) fields.push({ name, value: joinLines(lines, LIMITS.fieldValue) });
  };
  field(
    'Added with /track',
    added.map((row) => `• **${safeInline(row.name)}** (${row.kind})${row.aliases.length ? `: ${aliasList(row.aliases)}` : ''} — ${who(row)}${visibleIds.has(row.id) ? '' : ' · not matched: its name now belongs to another figure'}`),
  );
  field('Aliases added to entities.yaml figures', extended.map((row) => `• **${safeInline(row.name)}**: ${aliasList(row.aliases)} — ${who(row)}`));
  field('Hidden entities.yaml figures (until /track add)', hidden.map((row) => `• ${safeInline(row.name)} — ${who(row)}`));
  const names = view.figures.map((figure) => safeInline(figure.name)).join(', ');
  fields.push({ name: `All tracked figures (${view.figures.length})`, value: truncate(names, LIMITS.fieldValue) || 'None.' });
  return {
    title: 'Tracked figures',
    description: fields.length === 1 ? 'Exactly as entities.yaml lists them: nothing was changed with /track.' : 'entities.yaml, with the changes made with /track.',
    color: 0x4a7fd6,
    fields,
  };
}
