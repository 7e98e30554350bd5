/**
 * The Discord channels the bot needs once DISCORD_TOKEN is set. The alert channel is optional in
 * settings.yaml (the console needs none) but required here, with an error that says how to set it.
 */
import { ConfigError } from './errors';
import type { Settings } from './schema';

export interface DiscordChannels {
  alertChannel: string;
  /** The alert channel when discord.healthChannel is unset. */
  healthChannel: string;
  routes: Settings['discord']['routes'];
}

export function requireDiscordChannels(settings: Settings): DiscordChannels {
  const { alertChannel, healthChannel, routes } = settings.discord;
  if (!alertChannel) {
    throw new ConfigError([
      {
        where: 'settings.yaml',
        path: 'discord.alertChannel',
        message: 'required when DISCORD_TOKEN is set: the id of the channel where alerts go (or set VIGIA_DISCORD_ALERT_CHANNEL)',
      },
    ]);
  }
  return { alertChannel, healthChannel: healthChannel ?? alertChannel, routes };
}
