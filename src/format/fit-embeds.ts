/**
 * The last guard before a reply leaves: every embed part cut to Discord's limit, at most 25 fields
 * and 10 embeds, and the 6000-character total of all embeds kept by shortening from the end.
 * Formatters aim to fit already; this makes a reply Discord would refuse impossible.
 */
import type { APIEmbed } from 'discord.js';
import { cutMarkup } from './discord-markup';
import { DISCORD_LIMITS as LIMITS, truncate } from './discord-text';

export const MAX_EMBEDS = 10;

function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

function fitParts(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) fitted.description = cutMarkup(embed.description, LIMITS.embedDescription);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName) || '—',
      value: cutMarkup(field.value, LIMITS.fieldValue) || '—',
    }));
  }
  return fitted;
}

/** Cuts the embed by `excess` characters: fields from the last, then the description. */
function shrink(embed: APIEmbed, excess: number): APIEmbed {
  const fields = [...(embed.fields ?? [])];
  let left = excess;
  while (left > 0 && fields.length > 0) {
    const last = fields[fields.length - 1]!;
    const room = last.value.length - left;
    if (room >= 20) {
      fields[fields.length - 1] = { ...last, value: cutMarkup(last.value, room) };
      left = 0;
    } else {
      fields.pop();
      left -= last.name.length + last.value.length;
    }
  }
  const shrunk: APIEmbed = { ...embed, fields };
  if (left > 0 && embed.description) shrunk.description = cutMarkup(embed.description, Math.max(0, embed.description.length - left));
  return shrunk;
}

export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, MAX_EMBEDS).map(fitParts);
  let total = fitted.reduce((sum, embed) => sum + embedLength(embed), 0);
  // Later embeds are the less important ones: shrink (or drop) them first.
  for (let index = fitted.length - 1; index >= 0 && total > LIMITS.embedTotal; index--) {
    const embed = fitted[index]!;
    const before = embedLength(embed);
    const excess = total - LIMITS.embedTotal;
    if (index > 0 && before <= excess) {
      fitted.splice(index, 1);
      total -= before;
      continue;
    }
    fitted[index] = shrink(embed, excess);
    total += embedLength(fitted[index]!) - before;
  }
  return fitted;
}
