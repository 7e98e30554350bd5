/**
 * The one place the bot's sending defaults live. Every message, reply, edit and follow-up goes out
 * with no mentions allowed, whatever its text says: feed text and user input must never ping anyone.
 * Text helpers (escaping, limits, truncation) are re-exported so senders need only this module.
 */
import type { MessageMentionOptions } from 'discord.js';

export { codeText, DISCORD_LIMITS, ELLIPSIS, escapeMarkdown, inlineText, linkLabel, neutraliseMentions, proseText, safeInline, safeText, stripControls, truncate, urlText } from '../format/discord-text';

/** Parses no @everyone/@here, no users, no roles, and does not ping the author of a replied-to message. */
export const SAFE_ALLOWED_MENTIONS: Readonly<MessageMentionOptions> = Object.freeze({ parse: Object.freeze([]), repliedUser: false });

/** A fresh copy, so no caller can mutate the shared default. */
function noMentions(): MessageMentionOptions {
  return { parse: [], repliedUser: false };
}

/**
 * Message, reply, edit or follow-up options with mentions switched off. Any allowedMentions the
 * caller passed is replaced: there is no way to opt back in by accident.
 */
export function safeReply(content: string): { content: string; allowedMentions: MessageMentionOptions };
export function safeReply<T extends object>(options: T): Omit<T, 'allowedMentions'> & { allowedMentions: MessageMentionOptions };
export function safeReply(options: string | object): object {
  const base = typeof options === 'string' ? { content: options } : options;
  return { ...base, allowedMentions: noMentions() };
}

/** Same as safeReply, named for channel messages. */
export const safeMessage = safeReply;
