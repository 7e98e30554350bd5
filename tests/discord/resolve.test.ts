/**
 * Resolving figures, claims and feeds named in command options: found by id, name, alias or URL
 * form, or refused with a UserError that says what exists instead, the typed text quoted made safe
 * for Discord and cut short.
 */
import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../src/config/schema';
import { findFeed, resolveClaim, resolveFeed, resolveFigure } from '../../src/discord/resolve';
import { UserError } from '../../src/discord/user-error';
import type { FeedRow } from '../../src/store/feeds-repo';
import { miniClaims, miniEntities } from '../support/mini-config';

/** The UserError `run` throws; fails the test when it throws anything else or nothing. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error('expected a UserError');
}

describe('resolveFigure', () => {
  it('finds a figure by id, name or alias, accents and case ignored', () => {
    for (const query of ['nicolas-maduro', 'NICOLAS MADURO', 'Nicolás Maduro', 'maduro moros']) {
      expect(resolveFigure(miniEntities, query).id).toBe('nicolas-maduro');
    }
    expect(resolveFigure(miniEntities, 'Cartel of the Suns').id).toBe('cartel-de-los-soles');
  });

  it('refuses an alias two figures share, naming both', () => {
    expect(refusal(() => resolveFigure(miniEntities, 'Rodríguez'))).toBe(
      '“Rodríguez” names more than one figure: **Delcy Rodríguez**, **Jorge Rodríguez**. Use the full name.',
    );
  });

  it('refuses an unknown name, offering the closest figure', () => {
    expect(refusal(() => resolveFigure(miniEntities, 'Nicolas Madur'))).toBe('No tracked figure is called “Nicolas Madur”. Closest: **Nicolás Maduro**.');
  });

  it('points to /track list when nothing is close', () => {
    expect(refusal(() => resolveFigure(miniEntities, 'Hezbolá'))).toBe('No tracked figure is called “Hezbolá”. `/track list` shows every tracked figure.');
  });

  it('quotes what was typed without markdown or mentions, and cut to 100 characters', () => {
    expect(refusal(() => resolveFigure(miniEntities, '**@everyone** <@123456789012345678>'))).toBe(
      'No tracked figure is called “\\*\\*@\u200beveryone\\*\\* <\u200b@123456789012345678\\>”. `/track list` shows every tracked figure.',
    );
    // 320 characters: cut at the last word that fits, with an ellipsis.
    const text = refusal(() => resolveFigure(miniEntities, 'Cabello '.repeat(40)));
    expect(text).toBe(`No tracked figure is called “${Array.from({ length: 12 }, () => 'Cabello').join(' ')}…”. \`/track list\` shows every tracked figure.`);
  });

  it('escapes the figure names it lists', () => {
    const figures = [
      entitySchema.parse({ id: 'los-soles', name: 'Los *Soles*', kind: 'organization', aliases: [{ text: 'Soles', ambiguous: true }] }),
      entitySchema.parse({ id: 'soles-de-oro', name: 'Soles_de_Oro', kind: 'organization', aliases: [{ text: 'Soles', ambiguous: true }] }),
    ];
    expect(refusal(() => resolveFigure(figures, 'soles'))).toBe('“soles” names more than one figure: **Los \\*Soles\\***, **Soles\\_de\\_Oro**. Use the full name.');
  });

  it('refuses everything when no figure is tracked', () => {
    expect(refusal(() => resolveFigure([], 'Maduro'))).toBe('No tracked figure is called “Maduro”. `/track list` shows every tracked figure.');
  });
});

describe('resolveClaim', () => {
  const claims = miniClaims.claims;

  it('finds a claim by its id, the words of its id, or its statement', () => {
    expect(resolveClaim(claims, 'state-cartel').id).toBe('state-cartel');
    expect(resolveClaim(claims, ' State Cartel ').id).toBe('state-cartel');
    expect(resolveClaim(claims, 'the regime uses drugs as a weapon against the U.S.').id).toBe('drugs-as-weapon');
  });

  it('refuses an unknown id, offering ids close to it or statements containing it', () => {
    expect(refusal(() => resolveClaim(claims, 'state-cartl'))).toBe('No tracked claim has the id “state\\-cartl”. Closest: `state-cartel`.');
    expect(refusal(() => resolveClaim(claims, 'weapon'))).toBe('No tracked claim has the id “weapon”. Closest: `drugs-as-weapon`.');
  });

  it('says only that the id is unknown when nothing is close', () => {
    expect(refusal(() => resolveClaim(claims, 'boat strikes'))).toBe('No tracked claim has the id “boat strikes”.');
  });

  it('quotes a hostile id made safe', () => {
    expect(refusal(() => resolveClaim(claims, '@here [x](https://evil.example)'))).toBe('No tracked claim has the id “@\u200bhere \\[x\\]\\(https://evil.example\\)”.');
  });
});

const feedRow = (id: number, url: string): FeedRow => ({
  id,
  url,
  name: `Noticias ${id}`,
  language: null,
  intervalS: null,
  enabled: true,
  origin: 'config',
  etag: null,
  lastModified: null,
  nextCheckAt: 0,
  lastCheckedAt: null,
  lastSuccessAt: null,
  consecutiveErrors: 0,
  lastError: null,
  lastErrorAt: null,
  disabledReason: null,
  firstPolledAt: null,
  switchCount: 0,
  pollUrl: null,
  movedTo: null,
  movedSeen: 0,
});

describe('findFeed and resolveFeed', () => {
  // feeds.yaml keeps URLs as written; commands get them in canonical form.
  const feeds = [feedRow(1, 'not a url'), feedRow(2, 'https://Noticias.EXAMPLE/RSS'), feedRow(3, 'http://127.0.0.1:8080/feed.xml')];

  it('finds a feed by its URL as written or in canonical form', () => {
    expect(findFeed(feeds, 'https://Noticias.EXAMPLE/RSS')?.id).toBe(2);
    expect(findFeed(feeds, 'https://noticias.example/RSS')?.id).toBe(2);
    expect(findFeed(feeds, 'http://127.0.0.1:8080/feed.xml')?.id).toBe(3);
  });

  it('does not match a different path, and skips URLs that do not parse', () => {
    expect(findFeed(feeds, 'https://noticias.example/rss')).toBeUndefined();
    expect(findFeed(feeds, 'not a url')?.id).toBe(1);
    expect(findFeed([], 'https://noticias.example/RSS')).toBeUndefined();
  });

  it('resolves a known feed and refuses an unknown URL, quoted made safe', () => {
    expect(resolveFeed(feeds, 'https://noticias.example/RSS').id).toBe(2);
    expect(refusal(() => resolveFeed(feeds, 'https://nowhere.example/feed'))).toBe('No feed has the URL <https://nowhere.example/feed>. `/feeds list` shows them all.');
    // Shown as Discord links it: a backslash would stay inside the link.
    expect(refusal(() => resolveFeed(feeds, 'https://x.example/_a_*b*?hl=es-419'))).toBe('No feed has the URL <https://x.example/_a_*b*?hl=es-419>. `/feeds list` shows them all.');
  });
});
