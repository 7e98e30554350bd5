/**
 * The Discord sink: an alert goes to the alert channel and to every route that matches it, a health
 * notice to the health channel. Each message carries a nonce with enforce_nonce, so a resend after a
 * crash returns the message Discord already has. Each channel reached is recorded at once, so a
 * failure on one channel retries only the channels not yet reached.
 */
import type { MessageCreateOptions } from 'discord.js';
import type { ChannelEditor } from '../discord/edit-in-channel';
import type { ChannelSender } from '../discord/send-to-channel';
import { formatAlertMessage } from '../format/format-embed';
import { formatNoticeEmbed } from '../format/format-health-notice';
import { formatRollupMessage } from '../format/format-rollup';
import { routeChannels, type DiscordRouting } from '../route/route-channels';
import type { DeliveriesRepo } from '../store/deliveries-repo';
import type { AlertSink } from './deliver-pending';
import type { NoticeSink } from './deliver-notices';
import { alertNonce, noticeNonce, rollupNonce } from './delivery-nonce';

export interface DiscordSinkOptions {
  send: ChannelSender;
  /** Edits a posted alert when other outlets join it. */
  edit: ChannelEditor;
  routing: DiscordRouting;
  /** Where health notices go. */
  healthChannel: string;
  deliveries: DeliveriesRepo;
  now: () => number;
}

export function createDiscordSink(options: DiscordSinkOptions): AlertSink & NoticeSink {
  const { send, edit, routing, healthChannel, deliveries, now } = options;
  return {
    name: 'discord',
    async deliver(alert, alertId) {
      const body = formatAlertMessage(alert);
      const refs: string[] = [];
      for (const channelId of routeChannels(alert, routing)) {
        const earlier = deliveries.messageId(alertId, channelId);
        if (earlier) {
          refs.push(earlier);
          continue;
        }
        const message: MessageCreateOptions = { ...body, nonce: alertNonce(alertId, alert.storyId, channelId), enforceNonce: true };
        const messageId = await send(channelId, message);
        deliveries.record(alertId, channelId, messageId, now());
        refs.push(messageId);
      }
      // The alert channel's message id: routing always lists the alert channel first.
      return refs[0]!;
    },
    async deliverRollup(items) {
      // Each channel gets one roll-up of the alerts routed to it; the alert channel comes first.
      const byChannel = new Map<string, typeof items>();
      for (const item of items) {
        for (const channelId of routeChannels(item.payload, routing)) byChannel.set(channelId, [...(byChannel.get(channelId) ?? []), item]);
      }
      let first: string | undefined;
      for (const [channelId, list] of byChannel) {
        const todo = list.filter((item) => !deliveries.messageId(item.id, channelId));
        if (todo.length === 0) {
          first ??= deliveries.messageId(list[0]!.id, channelId) ?? undefined;
          continue;
        }
        const nonce = rollupNonce(todo[0]!.id, todo[todo.length - 1]!.id, channelId);
        const messageId = await send(channelId, { ...formatRollupMessage(todo.map((item) => item.payload)), nonce, enforceNonce: true });
        for (const item of todo) deliveries.record(item.id, channelId, messageId, now());
        first ??= messageId;
      }
      return first!;
    },
    async update(alert, alertId) {
      const body = formatAlertMessage(alert);
      for (const delivery of deliveries.forAlert(alertId)) await edit(delivery.channelId, delivery.messageId, body);
    },
    async deliverNotice(notice, noticeId) {
      const nonce = noticeNonce(noticeId, notice.feedUrl, notice.kind, notice.at, healthChannel);
      return send(healthChannel, { embeds: [formatNoticeEmbed(notice)], nonce, enforceNonce: true });
    },
  };
}
