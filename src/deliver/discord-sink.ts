/**
 * The Discord sink: an alert goes to the alert channel and to every route that matches it, a health
 * notice to the health channel. Each message carries a nonce with enforce_nonce, so a resend after a
 * crash returns the message Discord already has. Each channel is settled on its own and recorded at
 * once: reached, or given up when Discord refuses it for good (deleted, no access, a body refused
 * even in plain form). A failure that may pass throws, and the retry asks only the channels not yet
 * settled.
 */
import type { MessageCreateOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { ChannelEditor } from '../discord/edit-in-channel';
import type { OwnMessageFinder } from '../discord/find-own-message';
import type { ChannelSender } from '../discord/send-to-channel';
import { formatAlertMessage } from '../format/format-embed';
import { formatNoticeEmbed, formatNoticePlain } from '../format/format-health-notice';
import { formatRollupMessage } from '../format/format-rollup';
import type { AlertPayload } from '../model';
import { routeChannels, type DiscordRouting } from '../route/route-channels';
import type { DeliveriesRepo, DeliveryKind } from '../store/deliveries-repo';
import type { AlertSink, ChannelGiveUp, SinkReceipt } from './deliver-pending';
import type { NoticeSink } from './deliver-notices';
import { describeFailure, failureKind, isRefusedBody } from './delivery-failure';
import { alertNonce, noticeNonce, rollupNonce } from './delivery-nonce';
import { CLOCK_SLACK_MS, mustLookFirst, showsSameAs } from './earlier-post';
import { plainAlertMessage } from './plain-alert-message';

export interface DiscordSinkOptions {
  send: ChannelSender;
  /** Edits a posted alert when other outlets join it. */
  edit: ChannelEditor;
  /** Finds a message an earlier try posted, once its nonce may have lapsed. */
  find: OwnMessageFinder;
  routing: DiscordRouting;
  /** Where health notices go. */
  healthChannel: string;
  deliveries: DeliveriesRepo;
  now: () => number;
  log: Logger;
}

type Item = { id: number; payload: AlertPayload };

/** A post Discord accepted, or refused for good: why, in words, and whether it was the body it refused. */
type Posted = { messageId: string } | { refused: string; bodyRefused: boolean };

const withNonce = (message: MessageCreateOptions, nonce: string): MessageCreateOptions => ({ ...message, nonce, enforceNonce: true });

/** Rethrows a failure that may pass; keeps a permanent one as the post's outcome. */
async function post(send: ChannelSender, channelId: string, message: MessageCreateOptions): Promise<Posted> {
  try {
    return { messageId: await send(channelId, message) };
  } catch (error) {
    if (failureKind(error) === 'transient') throw error;
    return { refused: describeFailure(error), bodyRefused: isRefusedBody(error) };
  }
}

export function createDiscordSink(options: DiscordSinkOptions): AlertSink & NoticeSink {
  const { send, edit, find, routing, healthChannel, deliveries, now, log } = options;

  /** Records each alert's outcome in the channel: the message it is in, or why the channel was given up. */
  const settle = (channelId: string, items: readonly Item[], posted: Posted, kind: DeliveryKind): void => {
    for (const item of items) {
      if ('messageId' in posted) deliveries.record(item.id, channelId, posted.messageId, now(), kind);
      else deliveries.giveUp(item.id, channelId, posted.refused, now());
    }
  };

  /**
   * The message an earlier try posted in the channel, when the send was planned long enough ago that
   * the nonce may no longer catch it. A channel whose history cannot be read is posted to anyway:
   * a repeat is better than a lost alert.
   */
  const earlierPost = async (channelId: string, plannedAt: number | undefined, forms: readonly MessageCreateOptions[], wholeList: boolean): Promise<string | null> => {
    if (plannedAt === undefined || !mustLookFirst(plannedAt, now())) return null;
    const tests = forms.map((form) => showsSameAs(form, wholeList));
    try {
      return await find(channelId, plannedAt - CLOCK_SLACK_MS, (posted) => tests.some((test) => test(posted)));
    } catch (error) {
      if (failureKind(error) === 'transient') throw error;
      log.warn({ channel: channelId, error: describeFailure(error) }, 'cannot read the channel to check for an earlier post; posting, which may repeat it');
      return null;
    }
  };

  /** One alert's own message; a body Discord refuses goes again as plain text, with the same nonce. */
  const postAlert = async (channelId: string, item: Item, plannedAt: number | undefined): Promise<void> => {
    const nonce = alertNonce(item.id, item.payload.storyId, channelId);
    const body = formatAlertMessage(item.payload);
    const plainBody = plainAlertMessage(item.payload);
    const earlier = await earlierPost(channelId, plannedAt, [body, plainBody], false);
    if (earlier !== null) return settle(channelId, [item], { messageId: earlier }, 'alert');
    const posted = await post(send, channelId, withNonce(body, nonce));
    if (!('refused' in posted && posted.bodyRefused)) return settle(channelId, [item], posted, 'alert');
    const plain = await post(send, channelId, withNonce(plainBody, nonce));
    settle(channelId, [item], 'refused' in plain ? { ...plain, refused: `${posted.refused}; as plain text: ${plain.refused}` } : plain, 'alert');
  };

  /** One roll-up of the alerts not yet settled in a channel; a body Discord refuses goes out as single alerts. */
  const postRollup = async (first: number, plannedAt: number, channelId: string, todo: readonly Item[]): Promise<void> => {
    const nonce = rollupNonce(first, channelId);
    const body = formatRollupMessage(todo.map((item) => item.payload));
    const earlier = await earlierPost(channelId, plannedAt, [body], true);
    if (earlier !== null) return settle(channelId, todo, { messageId: earlier }, 'rollup');
    const posted = await post(send, channelId, withNonce(body, nonce));
    if (!('refused' in posted && posted.bodyRefused)) return settle(channelId, todo, posted, 'rollup');
    for (const item of todo) await postAlert(channelId, item, plannedAt);
  };

  /** Each alert's receipt: its first message in routing order (the alert channel's when it has one), and every channel given up. */
  const receipt = (item: Item): SinkReceipt => {
    const refs = routeChannels(item.payload, routing).map((channelId) => deliveries.messageId(item.id, channelId));
    return { ref: refs.find((ref) => ref !== null) ?? null, givenUp: deliveries.giveUpsFor(item.id) };
  };

  /** Posts to every channel in turn what the alerts routed there still lack. */
  const deliverAll = async (items: readonly Item[], postTo: (channelId: string, todo: readonly Item[]) => Promise<void>): Promise<SinkReceipt[]> => {
    const byChannel = new Map<string, Item[]>();
    for (const item of items) {
      for (const channelId of routeChannels(item.payload, routing)) byChannel.set(channelId, [...(byChannel.get(channelId) ?? []), item]);
    }
    for (const [channelId, list] of byChannel) {
      const todo = list.filter((item) => !deliveries.isSettled(item.id, channelId));
      if (todo.length > 0) await postTo(channelId, todo);
    }
    return items.map(receipt);
  };

  return {
    name: 'discord',
    async deliver(alert, alertId, plannedAt) {
      const [receipt] = await deliverAll([{ id: alertId, payload: alert }], (channelId, [item]) => postAlert(channelId, item!, plannedAt));
      return receipt!;
    },
    deliverRollup: (first, items, plannedAt) => deliverAll(items, (channelId, todo) => postRollup(first, plannedAt, channelId, todo)),
    async update(alert, alertId) {
      const body = formatAlertMessage(alert);
      const left: ChannelGiveUp[] = [];
      let retry: unknown;
      // A roll-up is shared with other alerts: one alert's embed would replace all of them, so it stays as posted.
      for (const delivery of deliveries.forAlert(alertId).filter((each) => each.kind === 'alert')) {
        try {
          await edit(delivery.channelId, delivery.messageId, body);
        } catch (error) {
          // Each message on its own: a deleted one must not keep the others from being edited. After
          // a failure that may pass, the whole alert is tried again; editing a message twice is harmless.
          if (failureKind(error) === 'transient') retry ??= error;
          else left.push({ channelId: delivery.channelId, reason: describeFailure(error) });
        }
      }
      if (retry !== undefined) throw retry;
      return left;
    },
    async deliverNotice(notice, noticeId) {
      const nonce = noticeNonce(noticeId, notice.feedUrl, notice.kind, notice.at, healthChannel);
      const body = { embeds: [formatNoticeEmbed(notice)] };
      const plain = formatNoticePlain(notice);
      // A notice is first tried as the poll that made it ends: its time stands for the plan's.
      const earlier = await earlierPost(healthChannel, notice.at, [body, plain], true);
      if (earlier !== null) return earlier;
      try {
        return await send(healthChannel, withNonce(body, nonce));
      } catch (error) {
        // As with alerts: a refused body goes once more as plain text; anything else is the caller's to sort.
        if (!isRefusedBody(error)) throw error;
        return send(healthChannel, withNonce(plain, nonce));
      }
    },
  };
}
