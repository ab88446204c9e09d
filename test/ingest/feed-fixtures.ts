import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

/** Fixtures for the multi-article readers, built here so every byte of them is visible in the tests. */

export const ARTICLE_ONE =
  'Officials met in Anchorage on Friday to discuss the ceasefire. The talks lasted three hours.';
export const ARTICLE_TWO =
  'The central bank raised interest rates by half a point on Thursday, citing inflation.';

export const RSS_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example Wire</title>
    <item>
      <title>Talks in Anchorage</title>
      <link>https://news.example.com/talks</link>
      <pubDate>Thu, 14 Aug 2025 09:30:00 GMT</pubDate>
      <description>Short summary only.</description>
      <content:encoded><![CDATA[<p>${ARTICLE_ONE}</p><p>More &amp; more.</p>]]></content:encoded>
    </item>
    <item>
      <title>Rates &amp; inflation</title>
      <guid isPermaLink="true">https://news.example.com/rates</guid>
      <pubDate>Fri, 15 Aug 2025 10:00:00 +0200</pubDate>
      <description>${ARTICLE_TWO}</description>
    </item>
    <item>
      <title>Headline without a body</title>
      <link>https://news.example.com/empty</link>
    </item>
  </channel>
</rss>`;

export const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <entry>
    <title type="text">Talks in Anchorage</title>
    <link rel="self" href="https://atom.example.com/self/1"/>
    <link rel="alternate" href="https://atom.example.com/talks"/>
    <published>2025-08-14T09:30:00-04:00</published>
    <updated>2025-08-15T00:00:00Z</updated>
    <content type="html">&lt;p&gt;${ARTICLE_ONE}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Rates</title>
    <link href="https://atom.example.com/rates"/>
    <updated>2025-08-15</updated>
    <summary>${ARTICLE_TWO}</summary>
  </entry>
  <entry>
    <title>XHTML body</title>
    <link href="https://atom.example.com/xhtml"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Ministers agreed a new trade deal in Geneva.</p></div></content>
  </entry>
</feed>`;

export const MALFORMED_FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Broken</title>
<item><title>Unclosed</item>
</channel></rss>`;

export function jsonl(lines: readonly (object | string)[]): string {
  return lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
}

export interface WarcPage {
  url: string;
  date: string;
  status?: number;
  contentType?: string;
  body: string;
  type?: 'response' | 'request' | 'resource';
}

/** A WARC file written with warcio's own serializer (gzip: one member per record, as crawlers write). */
export async function warcFile(pages: readonly WarcPage[], gzip = false): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const info = await WARCRecord.createWARCInfo(
    { filename: 'test.warc', warcVersion: 'WARC/1.1' },
    { software: 'test' },
  );
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const page of pages) {
    const status = page.status ?? 200;
    const record = WARCRecord.create(
      {
        url: page.url,
        date: page.date,
        type: page.type ?? 'response',
        warcVersion: 'WARC/1.1',
        statusline: `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Other'}`,
        httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8' },
      },
      (function* () {
        yield new TextEncoder().encode(page.body);
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

export function htmlPage(title: string, paragraph: string, published?: string): string {
  const meta = published ? `<meta property="article:published_time" content="${published}">` : '';
  return `<!doctype html><html><head><title>${title}</title>${meta}</head><body><article><h1>${title}</h1><p>${paragraph}</p></article></body></html>`;
}

export { gzipSync };
