/**
 * xml:base (https://www.w3.org/TR/xmlbase/): a feed may say on its root, channel, item, entry or link
 * element what its relative links are relative to. rss-parser ignores it, so a relative item link
 * would resolve against the feed's link or URL instead. These helpers resolve the channel and item
 * links of the xml2js tree against the xml:base in scope before rss-parser reads them.
 *
 * A relative xml:base (`/es/`) is combined with the link into one relative reference; normalize then
 * resolves it like any relative link (against the feed's own link, else its URL).
 * Media, enclosure and content URLs are left alone: only the story link is used as a link.
 */

type Loose = Record<string, any>;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 3986 reference resolution of two relative references: the result stays relative. */
function mergeRelative(reference: string, base: string): string {
  if (reference.startsWith('//')) return reference;
  if (reference.startsWith('/')) {
    // A network-path base (`//cdn.example/es/`) keeps its host.
    const authority = base.startsWith('//') ? /^\/\/[^/?#]*/.exec(base)![0] : '';
    return authority + reference;
  }
  const withoutFragment = base.split('#')[0]!;
  if (reference.startsWith('#')) return withoutFragment + reference;
  const path = withoutFragment.split('?')[0]!;
  if (reference.startsWith('?')) return path + reference;
  return path.slice(0, path.lastIndexOf('/') + 1) + reference;
}

/**
 * `reference` resolved against `base`. With a relative base the two are merged into one relative
 * reference. An empty reference stays empty: an empty <link/> must not become the base itself.
 */
export function resolveReference(reference: string, base: string | null): string {
  const ref = reference.trim();
  const from = base?.trim() ?? '';
  if (ref === '' || from === '' || SCHEME.test(ref)) return ref;
  if (!SCHEME.test(from)) return mergeRelative(ref, from);
  try {
    return new URL(ref, from).href;
  } catch {
    return ref;
  }
}

/** The base in scope inside `element`: its own xml:base resolved against the one around it. */
export function baseWithin(element: unknown, outer: string | null): string | null {
  const attributes = isRecord(element) ? element.$ : undefined;
  const own = isRecord(attributes) && typeof attributes['xml:base'] === 'string' ? attributes['xml:base'].trim() : '';
  if (own === '') return outer;
  return outer === null ? own : resolveReference(own, outer);
}

/** An RSS element with its <link> text resolved (a link element may carry an xml:base of its own). */
function withLinkText(element: unknown, base: string | null): unknown {
  if (!isRecord(element) || !Array.isArray(element.link)) return element;
  let changed = false;
  const links = element.link.map((link: unknown) => {
    const linkBase = baseWithin(link, base);
    if (linkBase === null) return link;
    if (typeof link === 'string') {
      changed = true;
      return resolveReference(link, linkBase);
    }
    if (isRecord(link) && typeof link._ === 'string') {
      changed = true;
      return { ...link, _: resolveReference(link._, linkBase) };
    }
    return link;
  });
  return changed ? { ...element, link: links } : element;
}

/** Atom <link> elements with their href resolved; the same array when nothing changes. */
function withHrefs(links: unknown, base: string | null): unknown {
  if (!Array.isArray(links)) return links;
  let changed = false;
  const resolved = links.map((link: unknown) => {
    const linkBase = baseWithin(link, base);
    if (linkBase === null || !isRecord(link) || !isRecord(link.$) || typeof link.$.href !== 'string') return link;
    changed = true;
    return { ...link, $: { ...link.$, href: resolveReference(link.$.href, linkBase) } };
  });
  return changed ? resolved : links;
}

/** RSS 0.9x and 2.0 (`<rss>`, its channel and the channel's items), links resolved. */
export function resolveRssLinks(rss: Loose): Loose {
  const channel = rss.channel?.[0];
  if (!isRecord(channel)) return rss;
  const channelBase = baseWithin(channel, baseWithin(rss, null));
  const resolved = { ...(withLinkText(channel, channelBase) as Loose) };
  if (Array.isArray(channel.item)) {
    resolved.item = channel.item.map((item: unknown) => withLinkText(item, baseWithin(item, channelBase)));
  }
  return { ...rss, channel: [resolved, ...rss.channel.slice(1)] };
}

/** RSS 1.0 (`<rdf:RDF>`: the channel and the items are its children), links resolved. */
export function resolveRdfLinks(rdf: Loose): Loose {
  const rootBase = baseWithin(rdf, null);
  const resolved = { ...rdf };
  if (Array.isArray(rdf.channel)) resolved.channel = rdf.channel.map((channel: unknown) => withLinkText(channel, baseWithin(channel, rootBase)));
  if (Array.isArray(rdf.item)) resolved.item = rdf.item.map((item: unknown) => withLinkText(item, baseWithin(item, rootBase)));
  return resolved;
}

/** Atom (`<feed>` and its entries), link hrefs resolved. */
export function resolveAtomLinks(feed: Loose): Loose {
  const feedBase = baseWithin(feed, null);
  const resolved: Loose = { ...feed, link: withHrefs(feed.link, feedBase) };
  if (Array.isArray(feed.entry)) {
    resolved.entry = feed.entry.map((entry: unknown) => {
      if (!isRecord(entry)) return entry;
      const links = withHrefs(entry.link, baseWithin(entry, feedBase));
      return links === entry.link ? entry : { ...entry, link: links };
    });
  }
  return resolved;
}
