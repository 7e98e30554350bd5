/**
 * The last-resort form of an alert, posted when Discord refused its embed (400 Invalid Form Body):
 * plain text with only the headline, the outlet and the link, each cleaned and cut like every feed
 * text, so one odd field cannot lose the alert. The link is in angle brackets (no preview), shortened
 * to its origin when the whole of it does not fit.
 */
import type { MessageCreateOptions } from 'discord.js';
import { DISCORD_LIMITS, inlineText, safeLink, urlText } from '../format/discord-text';
import type { AlertPayload } from '../model';

const TITLE_MAX = DISCORD_LIMITS.embedTitle;
const OUTLET_MAX = 100;

export function plainAlertMessage(alert: Pick<AlertPayload, 'title' | 'url' | 'feedName'>): MessageCreateOptions {
  const headline = `${inlineText(alert.title, TITLE_MAX) || '(untitled)'} · ${inlineText(alert.feedName, OUTLET_MAX)}`;
  const link = safeLink(alert.url);
  return { content: link === undefined ? headline : `${headline}\n${urlText(link, DISCORD_LIMITS.content - headline.length - 1, 'no-preview')}` };
}
