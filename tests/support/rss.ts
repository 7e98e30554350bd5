/** Builds small RSS 2.0 documents for the pipeline tests from plain item objects. */

export interface FixtureItem {
  guid: string;
  title: string;
  text: string;
  link?: string;
  pubDate?: string;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssDocument(items: readonly FixtureItem[], options: { title?: string; encoding?: string; ttl?: number } = {}): string {
  const body = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link ?? `https://news.example/${item.guid}`)}</link>
      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>
      <description>${escapeXml(item.text)}</description>
      ${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${options.encoding ?? 'UTF-8'}"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(options.title ?? 'Fixture news')}</title>
    <link>https://news.example/</link>
    ${options.ttl ? `<ttl>${options.ttl}</ttl>` : ''}
${body}
  </channel>
</rss>`;
}

/** Stories written for these tests: two on the beat, one that only looks like it. */
export const STORIES = {
  indictment: {
    guid: 'indictment-1',
    title: 'Prosecutors say Cartel of the Suns leaders run a criminal enterprise',
    text: 'U.S. prosecutors said top leaders operate the Cartel of the Suns as a criminal enterprise. The filing names Nicolás Maduro.',
    pubDate: 'Mon, 17 Nov 2025 10:00:00 GMT',
  },
  denial: {
    guid: 'denial-1',
    title: 'Caracas niega que exista el Cartel de los Soles',
    text: 'El gobierno de Nicolás Maduro negó que el Cartel de los Soles exista. Dijo que es un invento de Washington.',
    pubDate: 'Mon, 17 Nov 2025 12:00:00 GMT',
  },
  plantains: {
    guid: 'plantains-1',
    title: 'Plátanos maduros suben de precio en Maracaibo',
    text: 'El kilo de plátano maduro subió esta semana. Los comerciantes culpan al transporte.',
    pubDate: 'Mon, 17 Nov 2025 09:00:00 GMT',
  },
} satisfies Record<string, FixtureItem>;
