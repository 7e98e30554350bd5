/**
 * Synthetic data for the bench, all made here from a seed: figures with about five aliases each,
 * ~5 KB articles in English and Spanish that name some of them, and RSS documents of those articles.
 * Invented surnames are built from syllables so they never collide with ordinary words.
 */
import type { EntityConfig } from '../../src/config/schema';
import { entitySchema } from '../../src/config/schema';

/** Mulberry32: small, fast and deterministic, so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const GIVEN = ['Ramiro', 'Adela', 'Tomás', 'Iris', 'Julián', 'Marisol', 'Efraín', 'Yolanda', 'Néstor', 'Carmela', 'Octavio', 'Lucía', 'Ulises', 'Begoña', 'Anselmo', 'Rebeca'];
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'gr', 'pl', 'ch', 'qu'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'á', 'é', 'ó'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'z'];
const ORG_WORDS = ['Frente', 'Bloque', 'Cartel', 'Red', 'Clan', 'Grupo'];
const TITLES = ['general', 'ministro', 'fiscal', 'diputado', 'gobernador'];

/** The i-th invented surname: distinct for every i, three or four syllables, capitalized. */
export function surname(index: number): string {
  const syllables: string[] = [];
  let rest = index;
  for (let i = 0; i < 4; i++) {
    const onset = ONSETS[rest % ONSETS.length]!;
    rest = Math.floor(rest / ONSETS.length);
    const vowel = VOWELS[(index * 7 + i * 3) % VOWELS.length]!;
    syllables.push(onset + vowel);
    if (i >= 2 && rest === 0) break;
  }
  const word = syllables.join('') + CODAS[index % CODAS.length]!;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * `count` figures, each with about five whole-word aliases: full name, a longer form, the surname
 * alone, a title with the surname, and an organization named after it. None is ambiguous, so a plain
 * whole-word search and the matcher must find the same figures.
 */
export function makeFigures(count: number): EntityConfig[] {
  return Array.from({ length: count }, (_, index) => {
    const last = surname(index);
    const second = surname(index + 1_000_003);
    const given = GIVEN[index % GIVEN.length]!;
    return entitySchema.parse({
      id: `figure-${index}`,
      name: `${given} ${last}`,
      kind: 'person',
      aliases: [`${given} ${last} ${second}`, last, `${TITLES[index % TITLES.length]} ${last}`, `${ORG_WORDS[index % ORG_WORDS.length]} ${last}`],
    });
  });
}

/** Every alias a figure answers to, the canonical name included. */
export function aliasesOf(figure: EntityConfig): string[] {
  return [figure.name, ...figure.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))];
}

const EN_WORDS = ['the', 'government', 'said', 'on', 'tuesday', 'that', 'port', 'officials', 'inspected', 'cargo', 'near', 'coast', 'after', 'weeks', 'of', 'talks', 'with', 'regional', 'partners', 'about', 'oil', 'exports', 'and', 'prices', 'rose', 'while', 'analysts', 'expected', 'a', 'slower', 'year', 'in', 'capital', 'markets', 'where', 'traders', 'watched', 'court', 'filings', 'closely', 'report', 'described', 'new', 'shipments', 'across', 'border', 'towns'];
const ES_WORDS = ['el', 'gobierno', 'dijo', 'este', 'martes', 'que', 'los', 'funcionarios', 'del', 'puerto', 'revisaron', 'la', 'carga', 'cerca', 'de', 'costa', 'tras', 'semanas', 'conversaciones', 'con', 'socios', 'regionales', 'sobre', 'exportaciones', 'petroleras', 'y', 'precios', 'subieron', 'mientras', 'analistas', 'esperaban', 'un', 'año', 'más', 'lento', 'en', 'mercados', 'donde', 'operadores', 'miraban', 'expedientes', 'judiciales', 'informe', 'describió', 'nuevos', 'envíos', 'por', 'frontera', 'pueblos'];

function sentence(random: Random, words: readonly string[], insert: string | null): string {
  const length = 12 + Math.floor(random() * 14);
  const parts = Array.from({ length }, () => pick(random, words));
  if (insert) parts.splice(1 + Math.floor(random() * (length - 2)), 0, insert);
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export interface Article {
  lang: 'en' | 'es';
  title: string;
  text: string;
  /** Figures named on purpose; the matcher may find no others. */
  named: string[];
}

/** An article of about `bytes` UTF-8 bytes naming `mentions` random figures (by any of their aliases). */
export function makeArticle(random: Random, figures: readonly EntityConfig[], options: { lang: 'en' | 'es'; bytes: number; mentions: number }): Article {
  const words = options.lang === 'en' ? EN_WORDS : ES_WORDS;
  const inserts: string[] = [];
  const named = new Set<string>();
  for (let i = 0; i < options.mentions && figures.length > 0; i++) {
    const figure = pick(random, figures);
    named.add(figure.id);
    inserts.push(pick(random, aliasesOf(figure)));
  }
  const sentences: string[] = [];
  let size = 0;
  let next = 0;
  while (size < options.bytes) {
    const insert = next < inserts.length && random() < 0.3 ? inserts[next++]! : null;
    const line = sentence(random, words, insert);
    sentences.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  // Mentions not placed yet go into the last sentences, so every named figure is in the text.
  while (next < inserts.length) sentences.push(sentence(random, words, inserts[next++]!));
  return { lang: options.lang, title: sentence(random, words, null).slice(0, 90), text: sentences.join(' '), named: [...named].sort() };
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface FeedItem {
  guid: string;
  title: string;
  text: string;
  publishedAt: number;
}

/** An RSS 2.0 document; `text` goes into the description as HTML paragraphs, as outlets send it. */
export function rssFeed(name: string, items: readonly FeedItem[]): string {
  const body = items
    .map(
      (item) => `<item><title>${escapeXml(item.title)}</title><link>https://${name}.example/${item.guid}</link>` +
        `<guid isPermaLink="false">${item.guid}</guid><pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>` +
        `<description>${escapeXml(`<p>${item.text}</p>`)}</description></item>`,
    )
    .join('\n');
  return channelDocument(name, body, '');
}

/** The document around a feed's items: one channel named after the outlet, with these namespaces. */
function channelDocument(name: string, items: string, namespaces: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"${namespaces}><channel><title>${name}</title><link>https://${name}.example/</link>\n${items}\n</channel></rss>\n`;
}

const SECTIONS = ['Venezuela', 'Americas', 'Politics', 'Drugs trade', 'Courts', 'Energy', 'Migración', 'Economía', 'Justicia', 'Caribe'];
const CREDITS = ['Photograph: staff', 'Foto: archivo', 'Photograph: agency pool', 'Foto: cortesía'];

/**
 * One item the way news outlets' feeds carry them: the text as escaped HTML paragraphs with a link
 * and a span, several categories with a domain, two sizes of image with a credit, and an author.
 * Parsing such an item costs more per byte of story than `rssFeed`'s bare paragraph does.
 */
function newsItemXml(name: string, item: FeedItem, index: number): string {
  const sentences = item.text.split(/(?<=\.) /);
  const size = Math.max(1, Math.ceil(sentences.length / 3));
  const paragraphs = Array.from({ length: Math.ceil(sentences.length / size) }, (_, at) => sentences.slice(at * size, at * size + size).join(' '));
  const html = paragraphs
    .map((paragraph, at) => (at === 0 ? `<p><span class="lead">${paragraph}</span></p>` : `<p>${paragraph} <a href="https://${name}.example/related/${index}-${at}">More</a></p>`))
    .join('');
  const categories = Array.from({ length: 3 + (index % 5) }, (_, at) => SECTIONS[(index + at * 3) % SECTIONS.length]!)
    .map((section) => `<category domain="https://${name}.example/${encodeURIComponent(section.toLowerCase())}">${section}</category>`)
    .join('');
  const image = `https://img.${name}.example/${item.guid}/master.jpg?q=55&amp;auto=format&amp;fit=max`;
  const media = [140, 460]
    .map((width) => `<media:content width="${width}" url="${image}&amp;w=${width}"><media:credit scheme="urn:ebu">${CREDITS[index % CREDITS.length]}</media:credit></media:content>`)
    .join('');
  return (
    `<item><title>${escapeXml(item.title)}</title><link>https://${name}.example/${item.guid}</link>` +
    `<description>${escapeXml(html)}</description>${categories}` +
    `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate><guid>https://${name}.example/${item.guid}</guid>` +
    `${media}<dc:creator>${GIVEN[index % GIVEN.length]} ${surname(index)}</dc:creator></item>`
  );
}

/** An RSS 2.0 document shaped like a news outlet's (see newsItemXml), with the namespaces it uses. */
export function newsFeed(name: string, items: readonly FeedItem[]): string {
  const body = items.map((item, index) => newsItemXml(name, item, index)).join('\n');
  return channelDocument(name, body, ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"');
}

/** `count` items for one feed, half English and half Spanish, each naming a few of `figures`. */
export function makeFeedItems(random: Random, feed: string, figures: readonly EntityConfig[], options: { count: number; bytes: number; start: number }): FeedItem[] {
  return Array.from({ length: options.count }, (_, index) => {
    const article = makeArticle(random, figures, { lang: index % 2 === 0 ? 'en' : 'es', bytes: options.bytes, mentions: 1 + Math.floor(random() * 3) });
    return { guid: `${feed}-${index}`, title: article.title, text: article.text, publishedAt: options.start - index * 60_000 };
  });
}
