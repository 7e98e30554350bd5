/**
 * The scheduled digest: on `discord.digest.schedule`, the coverage of the last `hours` posted to the
 * digest channel (the alert channel when unset). A failed digest is logged, never fatal.
 */
import cron from 'node-cron';
import type { Logger } from 'pino';
import { buildDigest } from '../../commands/digest';
import type { Settings } from '../config/schema';
import type { CommandContext } from '../discord/command-context';
import type { ChannelSender } from '../discord/send-to-channel';

export function scheduleDigest(
  settings: Settings,
  ctx: Pick<CommandContext, 'digest' | 'figures' | 'now'>,
  send: ChannelSender,
  log: Logger,
): { stop(): Promise<void> } {
  const { schedule, hours, channel } = settings.discord.digest;
  const target = channel ?? settings.discord.alertChannel;
  if (!target) return { stop: async () => undefined };
  const task = cron.schedule(schedule, async () => {
    try {
      const id = await send(target, { embeds: [buildDigest(ctx, hours)] });
      log.info({ channel: target, message: id, hours }, 'digest posted');
    } catch (error) {
      log.error({ channel: target, error: (error as Error).message }, 'digest failed');
    }
  });
  return { stop: async () => void (await task.stop()) };
}
