/** Feeds with hostile or broken parts, built here so every byte is visible in the tests. */

/** The body of good item `n` of feed `f`: distinct, so each is its own article. */
export const goodBody = (f: number, n: number): string =>
  `Ministers met in Geneva on Tuesday to discuss trade, officials said. Report ${f}-${n}.`;

const rssItem = (f: number, n: number): string =>
  `<item><title>Feed ${f} story ${n}</title><link>https://feeds.example.com/${f}/${n}</link>` +
  `<pubDate>Tue, 12 Aug 2025 09:00:00 GMT</pubDate><description>${goodBody(f, n)}</description></item>`;

const atomEntry = (f: number, n: number): string =>
  `<entry><title>Feed ${f} story ${n}</title><link href="https://feeds.example.com/${f}/${n}"/>` +
  `<updated>2025-08-12T09:00:00Z</updated><summary>${goodBody(f, n)}</summary></entry>`;

/** Broken items, each a way one item can be bad without the feed being lost. */
export const BROKEN_RSS_ITEMS: Record<string, string> = {
  'unclosed CDATA': '<item><title>Bad</title><description><![CDATA[<p>Never closed</description></item>',
  'unclosed tag': '<item><title>Unclosed</item>',
  '20,000 nested tags': `<item><title>Deep</title><description>${'<b>'.repeat(20_000)}x${'</b>'.repeat(20_000)}</description></item>`,
  'an entity declared inside':
    '<item><!DOCTYPE x [<!ENTITY a "boom">]><title>&a;</title><description>&a;</description></item>',
  'no end tag': '<item><title>Left open</title><description>No end tag here.</description>',
};

export const BROKEN_ATOM_ENTRIES: Record<string, string> = {
  'unclosed CDATA': '<entry><title>Bad</title><summary><![CDATA[Never closed</summary></entry>',
  '20,000 nested xhtml tags': `<entry><title>Deep</title><content type="xhtml">${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}</content></entry>`,
  'unclosed tag': '<entry><title>Unclosed</entry>',
};

/** Good and broken items in turn, then the rest of the good ones: every broken item has a good one after it. */
function interleave(good: readonly string[], broken: readonly string[]): string {
  return good.flatMap((item, i) => (broken[i] ? [item, broken[i]] : [item])).join('\n');
}

/** RSS feed `f` with `good` good items and every broken item between them. */
export function mixedRss(f: number, good: number): string {
  const items = Array.from({ length: good }, (_, n) => rssItem(f, n + 1));
  const body = interleave(items, Object.values(BROKEN_RSS_ITEMS));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Wire ${f}</title>\n${body}\n</channel></rss>\n`;
}

/** Atom feed `f` with `good` good entries and every broken entry between them. */
export function mixedAtom(f: number, good: number): string {
  const entries = Array.from({ length: good }, (_, n) => atomEntry(f, n + 1));
  const body = interleave(entries, Object.values(BROKEN_ATOM_ENTRIES));
  return `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk ${f}</title>\n${body}\n</feed>\n`;
}

/** How many broken items a mixed feed holds. */
export const brokenCount = (kind: 'rss' | 'atom'): number =>
  Object.keys(kind === 'rss' ? BROKEN_RSS_ITEMS : BROKEN_ATOM_ENTRIES).length;

const rssWith = (doctype: string, items: string): string =>
  `<?xml version="1.0"?>\n${doctype}\n<rss version="2.0"><channel><title>Hostile</title>${items}</channel></rss>`;

/** Whole documents whose DOCTYPE declares entities: refused as bad content, nothing expanded. */
export const HOSTILE_DOCTYPES: Record<string, string> = {
  'external-entity.rss': rssWith(
    '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    `${rssItem(9, 1)}<item><title>&xxe;</title><description>&xxe;</description></item>`,
  ),
  'parameter-entity.rss': rssWith(
    '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>',
    rssItem(9, 1),
  ),
  'billion-laughs.rss': rssWith(
    '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
    `<item><title>Laughs</title><description>${'&d;'.repeat(1000)}</description></item>`,
  ),
  'quadratic-blowup.rss': rssWith(
    `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(50_000)}">]>`,
    `<item><title>Big</title><description>${'&big;'.repeat(20_000)}</description></item>`,
  ),
};
