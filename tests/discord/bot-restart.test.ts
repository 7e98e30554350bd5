/**
 * Never lose, never repeat, across restarts: an alert queued but not delivered when the bot stops is
 * delivered once by the next run, and a crash after Discord accepted a message but before the row was
 * marked is absorbed by the nonce, so the channel still holds one message; after the nonce's few
 * minutes, the bot finds its message in the channel instead.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from '../support/bot-harness';
import { STORIES } from '../support/rss';
import { failOnUnhandledRejections } from '../support/unhandled-rejections';

failOnUnhandledRejections();

let h: BotHarness;

afterEach(async () => {
  await h.cleanup();
  expect(h.fake.unhandled).toEqual([]);
});

const pending = (): unknown[] => h.sql('SELECT story_id AS story, attempts FROM alerts WHERE delivered_at IS NULL');

describe('delivery across restarts', () => {
  it('delivers once an alert that was queued when the bot stopped', async () => {
    h = await startBotHarness();
    h.items = [STORIES.indictment];
    // The first run polls and queues the alert, but Discord fails every try of its delivery.
    h.fake.failNext('message', [503, 503, 503, 503]);
    const first = await h.start();
    await first.idle();
    await first.stop();
    expect(h.fake.messages).toEqual([]);
    expect(pending()).toEqual([{ story: expect.any(String), attempts: 1 }]);

    const second = await h.start();
    await second.idle();
    await second.stop();
    expect(h.fake.messages).toHaveLength(1);
    expect(pending()).toEqual([]);

    const third = await h.start();
    await third.idle();
    expect(h.fake.messages).toHaveLength(1);
    // The feed was polled once: the later runs found it not yet due and only delivered.
    expect(h.feedRequests).toBe(1);
  });

  /**
   * A first run that posts the alert, then what a crash between Discord's answer and the database
   * write leaves behind. Resolves with the posted message's id.
   */
  async function postThenCrash(): Promise<string> {
    h = await startBotHarness();
    h.items = [STORIES.indictment];
    const first = await h.start();
    await first.idle();
    await first.stop();
    const [posted] = h.fake.messages;
    expect(posted).toBeDefined();
    h.sql('UPDATE alerts SET delivered_at = NULL, delivery_ref = NULL');
    h.sql('DELETE FROM deliveries');
    return posted!.id;
  }

  it('keeps one message when the bot crashed after Discord accepted it but before marking it sent', async () => {
    const posted = await postThenCrash();
    const second = await h.start();
    await second.idle();
    const posts = h.fake.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/messages'));
    expect(posts).toHaveLength(2);
    expect(h.fake.messages).toHaveLength(1);
    expect(h.sql('SELECT delivery_ref AS ref FROM alerts WHERE delivered_at IS NOT NULL')).toEqual([{ ref: posted }]);
  });

  it('keeps one message when the bot restarted after the nonce lapsed, finding its message in the channel', async () => {
    const posted = await postThenCrash();
    // The restart comes ten minutes after the send was planned: Discord no longer knows the nonce.
    h.fake.forgetNonces();
    const second = await h.start({}, () => Date.now() + 10 * 60_000);
    await second.idle();
    expect(h.fake.messages).toHaveLength(1);
    expect(h.sql('SELECT delivery_ref AS ref FROM alerts WHERE delivered_at IS NOT NULL')).toEqual([{ ref: posted }]);
  });

  it('keeps one health notice when the bot restarted after the nonce lapsed', async () => {
    h = await startBotHarness();
    h.feedStatus = 503;
    const first = await h.start();
    await first.idle();
    await first.stop();
    const notices = () => h.fake.messagesIn(h.fake.channels.health);
    expect(notices()).toHaveLength(1);
    const [posted] = notices();

    // A crash before the notice was marked sent, and a restart ten minutes later.
    h.sql('UPDATE health_notices SET delivered_at = NULL, delivery_ref = NULL');
    h.fake.forgetNonces();
    const second = await h.start({}, () => Date.now() + 10 * 60_000);
    await second.idle();
    expect(notices()).toHaveLength(1);
    expect(h.sql('SELECT delivery_ref AS ref FROM health_notices WHERE delivered_at IS NOT NULL')).toEqual([{ ref: posted!.id }]);
  });
});
