import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Meta, RawInput } from '../../src/doc/types.js';
import { extract } from '../../src/extract/index.js';

const P1 =
  'Russian President Vladimir Putin is making his way to the Pacific Coast in a fortified limousine ahead of his meeting with Donald Trump in Alaska.';
const P2 =
  'The tight security comes as Putin prepares to sit down with Trump on Friday for their first face-to-face meeting since 2018.';
const P3 =
  'The talks are set to begin at 11:30 am (1900 GMT) Friday at the Elmendorf Air Force Base in Alaska.';
const ARTICLE = `<article><h1>Putin heads to Alaska</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;

const page = (head: string, body = ARTICLE, html = '<html lang="en">'): string =>
  `<!doctype html>${html}<head><title>Putin heads to Alaska | Example News</title>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

interface Case {
  name: string;
  input: RawInput;
  /** Exact `raw`, or paragraphs it must contain (one per line). */
  raw?: string;
  lines?: string[];
  /** Strings `raw` must not contain. */
  without?: string[];
  meta: Meta;
  diagnostic?: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: 'meta tags only',
    input: {
      kind: 'html',
      content: page(
        '<meta property="og:title" content="Putin heads to Alaska"><meta property="og:site_name" content="Example News">' +
          '<meta property="article:published_time" content="2025-08-14T10:30:00+01:00">' +
          '<meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Jane Doe">' +
          '<meta property="og:locale" content="en_GB"><meta name="description" content="The Russian leader travels.">',
        ARTICLE,
        '<html>',
      ),
    },
    lines: [P1, P2, P3],
    meta: {
      title: 'Putin heads to Alaska',
      site: 'Example News',
      published: '2025-08-14T10:30:00+01:00',
      byline: 'Jane Doe',
      language: 'en-GB',
      description: 'The Russian leader travels.',
    },
  },
  {
    name: 'JSON-LD only',
    input: {
      kind: 'html',
      content: page(
        ld({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Putin &amp; Trump to meet',
          datePublished: '2025-08-14T09:30:00Z',
          author: [
            { '@type': 'Person', name: 'Jane Doe' },
            { '@type': 'Person', name: 'John Roe' },
          ],
          publisher: { '@type': 'Organization', name: 'Example News' },
        }),
      ),
    },
    lines: [P1, P2, P3],
    meta: {
      title: 'Putin & Trump to meet',
      byline: 'Jane Doe, John Roe',
      published: '2025-08-14T09:30:00+00:00',
      site: 'Example News',
      language: 'en',
    },
  },
  {
    name: 'JSON-LD in @graph, author as a string, type as a list',
    input: {
      kind: 'html',
      content: page(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Not the article' },
            {
              '@type': ['ReportageNewsArticle'],
              headline: 'Summit in Alaska',
              author: 'Jane Doe',
              datePublished: '2025-08-14',
            },
          ],
        }),
      ),
    },
    lines: [P1, P2, P3],
    meta: { title: 'Summit in Alaska', byline: 'Jane Doe', published: '2025-08-14', language: 'en' },
  },
  {
    name: 'JSON-LD in an array, and meta tags: JSON-LD wins where both speak',
    input: {
      kind: 'html',
      content: page(
        '<meta property="og:title" content="OG title"><meta property="og:site_name" content="Example News">' +
          '<meta property="article:published_time" content="2025-08-13T10:00:00Z">' +
          ld([
            { '@type': 'BreadcrumbList' },
            { '@type': 'Article', headline: 'LD title', datePublished: '2025-08-14T08:00:00-04:00' },
          ]),
      ),
    },
    lines: [P1, P2, P3],
    meta: { title: 'LD title', site: 'Example News', published: '2025-08-14T08:00:00-04:00', language: 'en' },
  },
  {
    name: 'no metadata: the <title> only',
    input: { kind: 'html', content: page('', ARTICLE, '<html>') },
    lines: [P1, P2, P3],
    meta: { title: 'Putin heads to Alaska | Example News' },
  },
  {
    name: 'broken JSON-LD is ignored',
    input: {
      kind: 'html',
      content: page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta name="date" content="2025-08-14">',
      ),
    },
    lines: [P1, P2, P3],
    meta: { title: 'Putin heads to Alaska | Example News', published: '2025-08-14', language: 'en' },
  },
  {
    name: 'a page that names its IANA zone: an offset-less time is placed in it',
    input: {
      kind: 'html',
      content: page(
        '<meta name="timezone" content="America/Anchorage"><meta name="pubdate" content="2025-08-14T10:30:00">',
      ),
    },
    lines: [P1, P2, P3],
    meta: {
      title: 'Putin heads to Alaska | Example News',
      published: '2025-08-14T10:30:00-08:00',
      timeZone: 'America/Anchorage',
      language: 'en',
    },
  },
  {
    name: "the publisher's home region: JSON-LD address first, else geo.region",
    input: {
      kind: 'html',
      content: page(
        '<meta name="geo.region" content="US-TX">' +
          ld({
            '@type': 'NewsArticle',
            headline: 'Putin heads to Alaska',
            publisher: {
              '@type': 'NewsMediaOrganization',
              name: 'The Town Talk',
              address: {
                addressRegion: 'Louisiana',
                addressCountry: { '@type': 'Country', name: 'United States' },
              },
            },
          }),
      ),
    },
    lines: [P1, P2, P3],
    meta: {
      title: 'Putin heads to Alaska',
      site: 'The Town Talk',
      language: 'en',
      homeRegion: { country: 'US', admin1: 'Louisiana' },
    },
  },
  {
    name: 'geo.region: an ISO 3166-2 code, any case',
    input: { kind: 'html', content: page('<meta name="geo.region" content="gb-eng">') },
    lines: [P1, P2, P3],
    meta: {
      title: 'Putin heads to Alaska | Example News',
      language: 'en',
      homeRegion: { country: 'GB', admin1: 'England' },
    },
  },
  {
    name: 'geo.region that names no country is ignored',
    input: { kind: 'html', content: page('<meta name="geo.region" content="Atlantis">') },
    lines: [P1, P2, P3],
    meta: { title: 'Putin heads to Alaska | Example News', language: 'en' },
  },
  {
    name: 'broken HTML: unclosed tags',
    input: {
      kind: 'html',
      content: `<html><body><div><p>${P1}<p>${P2}<div><b>${P3}<table><tr><td>cell a<td>cell b`,
    },
    lines: [P1, P2, P3],
    meta: {},
  },
  {
    name: 'script and style junk, nav and entities',
    input: {
      kind: 'html',
      content: page(
        '<style>p { color: red }</style><script>var tracking = "junk";</script>',
        `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><p>${P1}</p><script>document.write("junk2")</script>` +
          `<p>Fish &amp; chips &eacute;t&eacute; &#8217;quoted&#8217;&nbsp;here, and <b>bold</b> <i>inline</i> words.</p><p>${P2}</p><noscript>Enable JS</noscript></article>`,
        '<html>',
      ),
    },
    lines: [P1, 'Fish & chips été ’quoted’ here, and bold inline words.', P2],
    without: ['junk', 'color', 'Enable JS', 'tracking'],
    meta: { title: 'Putin heads to Alaska | Example News' },
  },
  {
    name: 'a figure caption set apart by blank lines, and <br> as a line break',
    input: {
      kind: 'html',
      content: page(
        '',
        `<article><p>${P1}</p><figure><img src="a.jpg"><figcaption>Putin on his way (Photo: AFP)</figcaption></figure><p>${P2}<br>${P3}</p></article>`,
        '<html>',
      ),
    },
    raw: `${P1}\n\nPutin on his way (Photo: AFP)\n\n${P2}\n${P3}`,
    meta: { title: 'Putin heads to Alaska | Example News' },
  },
  {
    name: 'a feed item whose content is an HTML fragment (sniffed)',
    input: { kind: 'feed', content: `<p>${P1}</p><p>${P2}</p>` },
    raw: `${P1}\n${P2}`,
    meta: {},
  },
  {
    name: 'a JSONL item in plain text passes through',
    input: { kind: 'jsonl', content: `${P1}\r\n${P2} 3 < 4 & 5 > 2` },
    raw: `${P1}\n${P2} 3 < 4 & 5 > 2`,
    meta: {},
  },
  {
    name: 'plain text: only CRLF and the BOM change',
    input: { kind: 'text', content: `\ufeff${P1}\r\n\r\n  <p>not markup</p>  \r\n${P2}` },
    raw: `${P1}\n\n  <p>not markup</p>  \n${P2}`,
    meta: {},
  },
  {
    name: 'an empty page: body fallback with a diagnostic',
    input: { kind: 'html', content: '<html><body></body></html>' },
    raw: '',
    meta: {},
    diagnostic: /no article/,
  },
];

describe('extract', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const out = extract(c.input);
      if (c.raw !== undefined) assert.equal(out.raw, c.raw);
      const lines = out.raw.split('\n');
      for (const l of c.lines ?? [])
        assert.ok(lines.includes(l), `missing line ${JSON.stringify(l)} in ${JSON.stringify(out.raw)}`);
      for (const w of c.without ?? [])
        assert.ok(!out.raw.includes(w), `junk ${w} in ${JSON.stringify(out.raw)}`);
      assert.deepEqual(out.meta, c.meta);
      if (c.diagnostic)
        assert.ok(out.diagnostics.some((d) => d.stage === 'extract' && c.diagnostic!.test(d.message)));
      else assert.deepEqual(out.diagnostics, []);
    });
  }

  it('never throws on hostile markup', () => {
    const nasty = [
      '<',
      '<<>>',
      '<p',
      '</p></div></body>',
      '<div>'.repeat(5000) + 'deep',
      '<script>',
      '<!--',
      '\u0000<p>x',
    ];
    for (const content of nasty)
      assert.doesNotThrow(() => extract({ kind: 'html', content }), content.slice(0, 20));
    assert.ok(extract({ kind: 'html', content: '<div>'.repeat(5000) + 'deep' }).raw.includes('deep'));
  });
});
