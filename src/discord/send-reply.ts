/**
 * A handler's Reply as discord.js options, always through safeReply (no mentions can ping) and cut
 * to Discord's limits without leaving a masked link in half, ephemeral as a flag.
 */
import { MessageFlags, type InteractionReplyOptions, type InteractionUpdateOptions } from 'discord.js';
import { cutMarkup } from '../format/discord-markup';
import { fitEmbeds } from '../format/fit-embeds';
import type { Reply } from './command-types';
import { DISCORD_LIMITS, safeReply } from './safe-message';

function body(reply: Reply) {
  return {
    content: reply.content === undefined ? undefined : cutMarkup(reply.content, DISCORD_LIMITS.content),
    embeds: fitEmbeds(reply.embeds ?? []),
    components: reply.components ?? [],
  };
}

export function toReplyOptions(reply: Reply): InteractionReplyOptions {
  return safeReply({ ...body(reply), ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) });
}

/** For editing a deferred reply or a message a button sits on: the same, without flags. */
export function toEditOptions(reply: Reply): InteractionUpdateOptions {
  return safeReply(body(reply));
}
