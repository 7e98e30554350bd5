/**
 * Which Discord channels an alert goes to: always the alert channel, plus every route whose figures
 * or claims the alert matched. Pure; each channel appears once, the alert channel first.
 */
import type { Settings } from '../config/schema';
import type { AlertPayload } from '../model';

export type DiscordRouting = Pick<Settings['discord'], 'routes'> & { alertChannel: string };

export function routeChannels(alert: Pick<AlertPayload, 'entities' | 'claims'>, routing: DiscordRouting): string[] {
  const entities = new Set(alert.entities.map((entity) => entity.id));
  const claims = new Set(alert.claims.map((claim) => claim.id));
  const channels = [routing.alertChannel];
  for (const route of routing.routes) {
    const matches = route.entities.some((id) => entities.has(id)) || route.claims.some((id) => claims.has(id));
    if (matches && !channels.includes(route.channel)) channels.push(route.channel);
  }
  return channels;
}
