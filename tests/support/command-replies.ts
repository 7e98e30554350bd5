/**
 * What the tests of tests/commands/ share: a command harness seeded with the same stories, and
 * readers for the replies the fake Discord records (public or ephemeral, the embed, a field).
 */
import { expect } from 'vitest';
import type { SlashCommand } from '../../src/discord/command-types';
import { startCommandHarness, type CommandHarness } from './command-harness';
import type { InteractionResponse } from './fake-discord';
import { CABELLO, MADURO, type StoryInput } from './story-rows';

export const EPHEMERAL = 64;

/**
 * Relative to NOW: m1 (2 h, Maduro, asserts state-cartel), c1 (5 h, Cabello, markdown and mention
 * syntax in its title), n0–n5 (10–15 h, no figure), m2 (30 h, Maduro and Cabello, disputes).
 */
export const SEED_STORIES: readonly StoryInput[] = [
  { id: 'm1', ago: 2, title: 'Maduro y el Cartel de los Soles', text: 'Fiscales acusan al narcotráfico del régimen.', entities: [MADURO], claims: [['state-cartel', 'asserts', 'Maduro lidera el cartel, dice la fiscalía.', 'la fiscalía']] },
  { id: 'm2', ago: 30, title: 'Caracas niega el cartel', text: 'El gobierno negó el narcotráfico.', entities: [MADURO, CABELLO], claims: [['state-cartel', 'disputes', 'Caracas niega que el cartel exista.']] },
  { id: 'c1', ago: 5, title: 'Cabello **habla** @everyone <@123456789012345678>', text: 'Diosdado Cabello habló de narcotráfico.', entities: [CABELLO] },
  ...Array.from({ length: 6 }, (_, index) => ({ id: `n${index}`, ago: 10 + index, title: `Nota ${index} sobre narcotráfico`, text: 'Sin figuras.' })),
];

/** A command harness (the fake Discord, discord.js, the router, the app) with SEED_STORIES stored. */
export async function startSeededHarness(extraCommands: readonly SlashCommand[] = [], settingsYaml?: string): Promise<CommandHarness> {
  const h = await startCommandHarness(extraCommands, settingsYaml);
  h.seed(SEED_STORIES);
  return h;
}

/** Closes the harness and fails if the fake Discord saw a request it has no route for. */
export async function closeHarness(h: CommandHarness): Promise<void> {
  await h.close();
  expect(h.fake.unhandled).toEqual([]);
}

export const embedOf = (response: InteractionResponse) => (response.body.embeds as Array<Record<string, unknown>>)[0]!;
export const fieldsOf = (response: InteractionResponse) => embedOf(response).fields as Array<{ name: string; value: string }>;
export const field = (response: InteractionResponse, name: string): string => fieldsOf(response).find((item) => item.name === name)!.value;
export const descriptionOf = (response: InteractionResponse): string => String(embedOf(response).description);
export const footerOf = (response: InteractionResponse): string => (embedOf(response).footer as { text: string }).text;

/** A public reply (callback type 4) sent with no mentions allowed. */
export function expectPublic(response: InteractionResponse): void {
  expect(response).toMatchObject({ kind: 'callback', type: 4, body: { allowed_mentions: { parse: [] } } });
  expect(Number(response.body.flags ?? 0) & EPHEMERAL).toBe(0);
}

/** An ephemeral error reply; returns its text. */
export function ephemeralText(response: InteractionResponse): string {
  expect(response).toMatchObject({ kind: 'callback', type: 4, body: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
  return String(response.body.content);
}
