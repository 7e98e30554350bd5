import { describe, expect, it } from 'vitest';
import { DuplicateFinder, isFrontPage, sharedLinks, type LinkedStory, type StoredLink } from '../../src/cluster/find-duplicate';

const FEED = 'https://ministerio.example/rss';
const OTHER_FEED = 'https://agencia.example/rss';

const story = (id: string, url: string | null, title = `Titular ${id}`, feedUrl = FEED): LinkedStory => ({ id, feedUrl, url, title });

/** One story stored earlier, with the link https://a.example/old. */
const storedOnce = (first: StoredLink) => ({ firstByUrl: (url: string) => (url === 'https://a.example/old' ? first : null) });
const fromOtherFeed = storedOnce({ id: 'u:old', feedUrl: OTHER_FEED, title: 'Maduro viaja a Moscú' });

describe('DuplicateFinder', () => {
  it('points a story at the stored one with the same canonical URL from another feed, whatever its title', () => {
    const incoming = story('g:new', 'https://a.example/old', 'Maduro travels to Moscow');
    expect(new DuplicateFinder(fromOtherFeed, [incoming]).duplicateOf(incoming)).toBe('u:old');
  });

  it('points a later story in the same batch at the first one when both carry the same title', () => {
    const first = story('g:1', 'https://a.example/story', 'Cabello responde');
    const again = story('g:2', 'https://a.example/story', 'Cabello responde');
    const finder = new DuplicateFinder(fromOtherFeed, [first, again]);
    expect(finder.duplicateOf(first)).toBeNull();
    expect(finder.duplicateOf(again)).toBe('g:1');
  });

  it('never calls a story without a link a duplicate', () => {
    const bare = story('h:1', null);
    expect(new DuplicateFinder(fromOtherFeed, [bare]).duplicateOf(bare)).toBeNull();
  });

  it('does not use a link the feed gives to items under different titles', () => {
    const page = 'https://ministerio.example/noticias';
    const items = [story('g:1', page, 'Decomisan dos toneladas en Falcón'), story('g:2', page, 'Capturan a un jefe del Tren de Aragua')];
    const finder = new DuplicateFinder(fromOtherFeed, items);
    expect(items.map((item) => finder.duplicateOf(item))).toEqual([null, null]);
  });

  it('does not use a shared link even when the stored story from another feed has it', () => {
    const items = [story('g:1', 'https://a.example/old', 'Primera nota'), story('g:2', 'https://a.example/old', 'Segunda nota')];
    const finder = new DuplicateFinder(fromOtherFeed, items);
    expect(finder.duplicateOf(items[0]!)).toBeNull();
  });

  it('takes a stored story of this feed under the same title as the same article with a new guid', () => {
    const stored = storedOnce({ id: 'g:old', feedUrl: FEED, title: 'Maduro viaja a Moscú' });
    const reissued = story('g:new', 'https://a.example/old', 'Maduro viaja a Moscú');
    expect(new DuplicateFinder(stored, [reissued]).duplicateOf(reissued)).toBe('g:old');
  });

  it('takes a stored story of this feed under another title as a different story that reuses the link', () => {
    const stored = storedOnce({ id: 'g:old', feedUrl: FEED, title: 'Boletín del lunes' });
    const next = story('g:new', 'https://a.example/old', 'Boletín del martes');
    expect(new DuplicateFinder(stored, [next]).duplicateOf(next)).toBeNull();
  });

  it('never takes a front page link as the identity of an article', () => {
    const lookup = { firstByUrl: () => ({ id: 'u:home', feedUrl: OTHER_FEED, title: 'Portada' }) };
    const home = story('g:1', 'https://ministerio.example/', 'Comunicado sobre el Cartel de los Soles');
    const finder = new DuplicateFinder(lookup, [home]);
    expect(finder.duplicateOf(home)).toBeNull();
    const article = story('g:2', 'https://ministerio.example/comunicado-42');
    expect(new DuplicateFinder(lookup, [article]).duplicateOf(article)).toBe('u:home');
  });
});

describe('sharedLinks', () => {
  it('lists the links carried under more than one title, not those repeated under one', () => {
    const items = [
      story('1', 'https://x.example/a', 'Uno'),
      story('2', 'https://x.example/a', 'Dos'),
      story('3', 'https://x.example/b', 'Tres'),
      story('4', 'https://x.example/b', 'Tres'),
      story('5', null, 'Cinco'),
    ];
    expect(sharedLinks(items)).toEqual(new Set(['https://x.example/a']));
  });
});

describe('isFrontPage', () => {
  it.each([
    ['https://ministerio.example/', true],
    ['https://ministerio.example', true],
    ['https://ministerio.example/index.html', true],
    ['https://diario.example/es/', true],
    ['https://diario.example/en/home.php', true],
    ['https://diario.example/es/politica', false],
    ['https://diario.example/?p=123', false],
    ['https://diario.example/2025/11/maduro', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isFrontPage(url)).toBe(expected);
  });
});
