/**
 * ownMessageFinder with the real discord.js client against the fake Discord: it reads the channel's
 * history from a moment on, page by page, and only the bot's own messages count.
 */
import type { Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownMessageFinder, type PostedMessage } from '../../src/discord/find-own-message';
import { connectClient } from '../support/discord-client';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord';
import { messageObject, snowflake, userObject } from '../support/fake-discord-payloads';

let fake: FakeDiscord;
let client: Client;

beforeEach(async () => {
  fake = await startFakeDiscord();
  client = await connectClient(fake);
});

afterEach(async () => {
  await client.destroy();
  await fake.close();
  expect(fake.unhandled).toEqual([]);
});

/** A message in the alert channel, as the bot (or, with `author`, someone else) posted it now. */
function putMessage(title: string, author?: { id: string; name: string }): string {
  const body = { embeds: [{ title, url: `https://diario.example/${encodeURIComponent(title)}` }] };
  const message = messageObject(fake, fake.channels.alerts, body);
  if (author) message.author = userObject(author.id, author.name);
  const id = String(message.id);
  fake.messages.push({ id, channelId: fake.channels.alerts, body, message, receivedAt: 0 });
  return id;
}

const titled = (title: string) => (message: PostedMessage) => message.embeds[0]?.title === title;
const historyReads = () => fake.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/messages')).length;

describe('ownMessageFinder', () => {
  it('finds the bot message that passes the test, reading past a full page of others', async () => {
    const since = Date.now() - 60_000;
    for (let index = 0; index < 150; index++) putMessage(`Titular ${index}`);
    const wanted = putMessage('Maduro viaja a Moscú');
    expect(await ownMessageFinder(client)(fake.channels.alerts, since, titled('Maduro viaja a Moscú'))).toBe(wanted);
    expect(historyReads()).toBe(2);
  });

  it("does not take someone else's message that shows the same", async () => {
    putMessage('Maduro viaja a Moscú', { id: snowflake(), name: 'lector' });
    expect(await ownMessageFinder(client)(fake.channels.alerts, Date.now() - 60_000, titled('Maduro viaja a Moscú'))).toBeNull();
  });

  it('does not look before the moment it is given', async () => {
    putMessage('Maduro viaja a Moscú');
    expect(await ownMessageFinder(client)(fake.channels.alerts, Date.now() + 60_000, titled('Maduro viaja a Moscú'))).toBeNull();
  });

  it('stops after the pages it may read, and reads none when the channel is quiet', async () => {
    const since = Date.now() - 60_000;
    const finder = ownMessageFinder(client, 2);
    expect(await finder(fake.channels.alerts, since, titled('nada'))).toBeNull();
    expect(historyReads()).toBe(1);
    for (let index = 0; index < 250; index++) putMessage(`Titular ${index}`);
    putMessage('Maduro viaja a Moscú');
    expect(await finder(fake.channels.alerts, since, titled('Maduro viaja a Moscú'))).toBeNull();
    expect(historyReads()).toBe(3);
  });

  it("passes on Discord's refusal of a channel instead of answering that nothing is there", async () => {
    await expect(ownMessageFinder(client)(snowflake(), 0, titled('x'))).rejects.toMatchObject({ code: 10003 });
  });
});
