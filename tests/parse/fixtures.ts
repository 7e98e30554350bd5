/** Small feeds written for these tests, one per dialect rss-parser knows. */

export const rss2Full = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Noticias de Caracas</title>
    <link>https://noticias.example/</link>
    <ttl>30</ttl>
    <item>
      <title>La oposición convoca una marcha en Caracas</title>
      <link>https://noticias.example/marcha</link>
      <guid isPermaLink="false">marcha-2024</guid>
      <description>Resumen breve de la convocatoria.</description>
      <content:encoded><![CDATA[<p>La oposición venezolana convocó una marcha para el sábado.</p>]]></content:encoded>
      <dc:creator>María Pérez</dc:creator>
      <media:content url="https://noticias.example/video.mp4" medium="video"/>
      <media:content url="https://noticias.example/foto.jpg" medium="image"/>
      <pubDate>Sat, 03 Aug 2024 14:00:00 -0400</pubDate>
    </item>
    <item>
      <title>Second story</title>
      <link>https://noticias.example/second</link>
      <pubDate>sometime last week</pubDate>
    </item>
  </channel>
</rss>`;

export const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/">
    <title>RDF News</title>
    <link>https://rdf.example/</link>
  </channel>
  <item rdf:about="https://rdf.example/oil">
    <title>Venezuela oil exports rise</title>
    <link>https://rdf.example/oil</link>
    <description>Exports rose in July.</description>
    <dc:creator>John Smith</dc:creator>
    <dc:date>2024-08-01T10:00:00Z</dc:date>
  </item>
</rdf:RDF>`;

export const rss091 = `<?xml version="1.0"?>
<rss version="0.91">
  <channel>
    <title>Old School</title>
    <link>https://old.example/</link>
    <item><title>Elecciones en Venezuela</title><link>https://old.example/elecciones</link></item>
  </channel>
</rss>`;

export const rssWithoutVersion = `<rss>
  <channel>
    <title>No version</title>
    <item><title>Maduro habla en cadena nacional</title><link>https://nov.example/1</link></item>
  </channel>
</rss>`;

export const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <link href="https://atom.example/"/>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Sanctions on <b>Venezuela</b></div></title>
    <link/>
    <link rel="alternate" href="https://atom.example/sanctions"/>
    <id>tag:atom.example,2024:sanctions</id>
    <published>not a real date</published>
    <author><name>Ann Lee</name></author>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The long body about sanctions.&lt;/p&gt;</content>
  </entry>
</feed>`;

/** A feed whose only item title is unique, for checking that concurrent parses do not mix. */
export function numberedFeed(n: number): string {
  const items = Array.from(
    { length: (n % 3) + 1 },
    (_, i) => `<item><title>feed ${n} item ${i}</title><guid>${n}-${i}</guid></item>`,
  ).join('');
  return `<rss version="2.0"><channel><title>Feed ${n}</title>${items}</channel></rss>`;
}

/**
 * The corpus README's pathological input: ~200 KB of escaped `<p` without a closing `>`. rss-parser's
 * snippet regex is quadratic on it and blocks its thread for seconds.
 */
export function pathologicalFeed(): string {
  const description = '&lt;p class=&quot;nota&quot;'.repeat(7500);
  const item = `<item><title>Lento</title><description>${description}</description></item>`;
  return `<rss version="2.0"><channel><title>Slow</title>${item}</channel></rss>`;
}
