import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors';
import { requireDiscordChannels } from '../../src/config/require-discord';
import { settingsSchema } from '../../src/config/schema';

describe('requireDiscordChannels', () => {
  it('needs the alert channel, and says where to set it', () => {
    expect(() => requireDiscordChannels(settingsSchema.parse({}))).toThrow(ConfigError);
    expect(() => requireDiscordChannels(settingsSchema.parse({}))).toThrow(/discord\.alertChannel: required when DISCORD_TOKEN is set.*VIGIA_DISCORD_ALERT_CHANNEL/);
  });

  it('sends health notices to the alert channel unless a health channel is set', () => {
    const alertChannel = '100000000000000001';
    expect(requireDiscordChannels(settingsSchema.parse({ discord: { alertChannel } }))).toEqual({ alertChannel, healthChannel: alertChannel, routes: [] });
    const healthChannel = '100000000000000002';
    expect(requireDiscordChannels(settingsSchema.parse({ discord: { alertChannel, healthChannel } })).healthChannel).toBe(healthChannel);
  });
});
