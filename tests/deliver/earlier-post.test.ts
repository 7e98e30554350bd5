import { describe, expect, it } from 'vitest';
import { mustLookFirst, NONCE_TRUST_MS, showsSameAs } from '../../src/deliver/earlier-post';
import { plainAlertMessage } from '../../src/deliver/plain-alert-message';
import type { PostedMessage } from '../../src/discord/find-own-message';
import { formatAlertMessage } from '../../src/format/format-embed';
import { formatRollupMessage } from '../../src/format/format-rollup';
import { makeMatch, makePayload, makeStory } from '../support/store-fixtures';

const payload = (id: string, title: string) => makePayload(makeStory(id, { title, url: `https://diario.example/${id}` }), makeMatch());
const cabello = payload('cabello', 'Cabello niega el informe sobre el Cartel de los Soles');
const reward = payload('recompensa', 'EE. UU. eleva la recompensa por Maduro');

/** A message as Discord shows it after it took `sent`. */
function shown(sent: { content?: string; embeds?: readonly unknown[] }): PostedMessage {
  const embeds = (sent.embeds ?? []) as Array<{ title?: string; url?: string; description?: string }>;
  return { content: sent.content ?? '', embeds: embeds.map((embed) => ({ title: embed.title ?? null, url: embed.url ?? null, description: embed.description ?? null })) };
}

describe('mustLookFirst', () => {
  it('looks only once the nonce may have lapsed', () => {
    expect(mustLookFirst(10_000, 10_000 + NONCE_TRUST_MS - 1)).toBe(false);
    expect(mustLookFirst(10_000, 10_000 + NONCE_TRUST_MS)).toBe(true);
  });
});

describe('showsSameAs', () => {
  it("knows an alert by its title and link, whatever its description says since outlets joined", () => {
    const isCabello = showsSameAs(formatAlertMessage(cabello), false);
    const posted = shown(formatAlertMessage(cabello));
    expect(isCabello(posted)).toBe(true);
    expect(isCabello({ ...posted, embeds: [{ ...posted.embeds[0]!, description: 'otro resumen' }] })).toBe(true);
    expect(isCabello(shown(formatAlertMessage(reward)))).toBe(false);
    expect(isCabello(shown(formatAlertMessage({ ...cabello, url: 'https://otro.example/cabello' })))).toBe(false);
  });

  it('knows an alert posted as plain text by its text only', () => {
    const isPlain = showsSameAs(plainAlertMessage(cabello), false);
    expect(isPlain(shown(plainAlertMessage(cabello)))).toBe(true);
    expect(isPlain(shown(plainAlertMessage(reward)))).toBe(false);
    expect(isPlain(shown(formatAlertMessage(cabello)))).toBe(false);
  });

  it('knows a roll-up by its whole list, not by its count alone', () => {
    const isRollup = showsSameAs(formatRollupMessage([cabello, reward]), true);
    expect(isRollup(shown(formatRollupMessage([cabello, reward])))).toBe(true);
    expect(isRollup(shown(formatRollupMessage([reward, cabello])))).toBe(false);
  });
});
