import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import {
  readInputItems,
  type ItemOutcome,
  type ItemReadOptions,
  type ReadInput,
} from '../../src/ingest/index.js';
import {
  ARTICLE_ONE,
  ARTICLE_TWO,
  ATOM_FEED,
  MALFORMED_FEED,
  RSS_FEED,
  gzipSync,
  htmlPage,
  jsonl,
  warcFile,
  type WarcPage,
} from './feed-fixtures.js';
import { tempFiles } from './helpers.js';

async function readAll(path: string, options: ItemReadOptions = {}): Promise<ItemOutcome[]> {
  const out: ItemOutcome[] = [];
  for await (const outcome of readInputItems(path, options)) out.push(outcome);
  return out;
}

const inputs = (outcomes: ItemOutcome[]): ReadInput[] => outcomes.flatMap((o) => (o.ok ? [o.input] : []));
const failures = (outcomes: ItemOutcome[]): string[] =>
  outcomes.flatMap((o) => (o.ok ? [] : [o.error instanceof Error ? o.error.message : String(o.error)]));

const PAGES: WarcPage[] = [
  { url: 'https://w.example.com/one', date: '2025-08-14T10:00:00Z', body: htmlPage('One', ARTICLE_ONE) },
  { url: 'https://w.example.com/logo', date: '2025-08-14T10:00:01Z', body: 'PNG', contentType: 'image/png' },
  {
    url: 'https://w.example.com/gone',
    date: '2025-08-14T10:00:02Z',
    body: htmlPage('404', 'x'),
    status: 404,
  },
  { url: 'https://w.example.com/one', date: '2025-08-14T10:00:03Z', body: 'GET', type: 'request' },
  {
    url: 'https://w.example.com/two',
    date: '2025-08-14T11:00:00Z',
    body: htmlPage('Two', ARTICLE_TWO, '2025-08-13T08:00:00Z'),
  },
];

describe('readInputItems: multi-article inputs', () => {
  let dir: string;
  let cleanup: () => void;
  before(async () => {
    const warc = await warcFile(PAGES);
    const warcGz = await warcFile(PAGES, true);
    const jsonlGz = gzipSync(
      jsonl([{ text: ARTICLE_ONE }, { text: ARTICLE_TWO }, { text: 'Third article here.' }]),
    );
    ({ dir, cleanup } = tempFiles({
      'wire.rss': RSS_FEED,
      'desk.atom': ATOM_FEED,
      'broken.xml': MALFORMED_FEED,
      'sitemap.xml': '<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>',
      'crawl.warc': warc,
      'crawl.warc.gz': warcGz,
      'cut.warc.gz': warcGz.subarray(0, warcGz.length - 120),
      'cut.warc': warc.subarray(0, warc.length - 60),
      'dump.jsonl': jsonl([
        {
          text: ARTICLE_ONE,
          url: 'https://j.example.com/1',
          title: 'One',
          date: 'Thu, 14 Aug 2025 09:30:00 GMT',
        },
        '{"text": "no closing brace"',
        '',
        '[1, 2]',
        { headline: 'No body' },
        {
          html: `<p>${ARTICLE_TWO}</p>`,
          link: 'https://j.example.com/2',
          date_publish: '2025-08-15 10:00:00',
        },
        { maintext: 'Epoch dated article.', published: 1755163800 },
      ]),
      'custom.jsonl': jsonl([
        { article: { body: ARTICLE_ONE, when: '2025-08-14' }, href: 'https://c.example.com/1' },
      ]),
      'dump.jsonl.gz': jsonlGz,
      'cut.jsonl.gz': jsonlGz.subarray(0, jsonlGz.length - 10),
      'mystery.data': jsonl([{ text: ARTICLE_ONE }]),
      'bom.jsonl': `\uFEFF${jsonl([{ text: ARTICLE_TWO }])}`,
      'feed.bin': gzipSync(RSS_FEED),
      'empty.jsonl': '\n\n',
    }));
  });
  after(() => cleanup());

  it('reads every RSS item: title, link (or permalink guid), RFC 822 date, channel title as site', async () => {
    const outcomes = await readAll(join(dir, 'wire.rss'));
    const [one, two] = inputs(outcomes);
    assert.equal(one?.kind, 'feed');
    assert.equal(one?.uri, 'https://news.example.com/talks');
    assert.deepEqual(one?.meta, {
      title: 'Talks in Anchorage',
      published: '2025-08-14T09:30:00+00:00',
      site: 'Example Wire',
    });
    assert.equal(one?.item, 'item 1');
    // content:encoded wins over description, and its HTML is wrapped so extract parses it as a page.
    assert.match(one?.content ?? '', /^<html><body><p>Officials met/);
    assert.equal(two?.uri, 'https://news.example.com/rates');
    assert.equal(two?.meta?.title, 'Rates & inflation');
    assert.equal(two?.meta?.published, '2025-08-15T10:00:00+02:00');
    assert.equal(two?.content, ARTICLE_TWO);
    assert.deepEqual(failures(outcomes), [
      `${join(dir, 'wire.rss')} item 3: is empty (no text to analyse) (no content or summary)`,
    ]);
  });

  it('reads Atom entries: alternate link, published over updated, html, summary and xhtml bodies', async () => {
    const [one, two, three] = inputs(await readAll(join(dir, 'desk.atom')));
    assert.equal(one?.uri, 'https://atom.example.com/talks');
    assert.equal(one?.meta?.published, '2025-08-14T09:30:00-04:00');
    assert.match(one?.content ?? '', /<p>Officials met in Anchorage/);
    assert.equal(two?.uri, 'https://atom.example.com/rates');
    assert.equal(two?.meta?.published, '2025-08-15');
    assert.equal(two?.content, ARTICLE_TWO);
    assert.match(three?.content ?? '', /<p>Ministers agreed a new trade deal in Geneva\.<\/p>/);
  });

  it('reports a malformed item once, naming the file, the item, and the line and column in the file', async () => {
    const outcomes = await readAll(join(dir, 'broken.xml'));
    assert.equal(outcomes.length, 1);
    assert.match(
      failures(outcomes)[0]!,
      /broken\.xml item 1: is not in the expected format \(malformed XML at line 3, column 22: .*opened in line 3, col 7/,
    );
  });

  it('refuses XML that is not a feed, naming its root element', async () => {
    assert.match(
      failures(await readAll(join(dir, 'sitemap.xml')))[0]!,
      /not an RSS or Atom feed \(root element <urlset>\)/,
    );
  });

  for (const file of ['crawl.warc', 'crawl.warc.gz']) {
    it(`${file}: only 200 HTML responses, with target URI and WARC-Date as the fallback date`, async () => {
      const outcomes = await readAll(join(dir, file));
      assert.deepEqual(failures(outcomes), []);
      const read = inputs(outcomes);
      assert.deepEqual(
        read.map((i) => [i.kind, i.uri, i.item, i.fallbackMeta?.published]),
        [
          ['warc', 'https://w.example.com/one', 'record 2', '2025-08-14T10:00:00+00:00'],
          ['warc', 'https://w.example.com/two', 'record 6', '2025-08-14T11:00:00+00:00'],
        ],
      );
      assert.match(read[0]!.content, /<p>Officials met in Anchorage/);
      assert.deepEqual(read[0]!.meta, {});
    });
  }

  for (const file of ['cut.warc.gz', 'cut.warc']) {
    it(`${file}: a truncated archive keeps the whole records and reports the broken one`, async () => {
      const outcomes = await readAll(join(dir, file));
      assert.deepEqual(
        inputs(outcomes).map((i) => i.uri),
        ['https://w.example.com/one'],
      );
      assert.equal(failures(outcomes).length, 1);
      assert.match(
        failures(outcomes)[0]!,
        new RegExp(`${file.replace('.', '\\.')} record \\d+: is not in the expected format`),
      );
    });
  }

  it('reads JSONL lines with default field names, reporting each bad line by number and going on', async () => {
    const outcomes = await readAll(join(dir, 'dump.jsonl'));
    const read = inputs(outcomes);
    assert.deepEqual(
      read.map((i) => [i.item, i.uri, i.meta?.title, i.meta?.published]),
      [
        ['line 1', 'https://j.example.com/1', 'One', '2025-08-14T09:30:00+00:00'],
        ['line 6', 'https://j.example.com/2', undefined, '2025-08-15'],
        ['line 7', undefined, undefined, '2025-08-14T09:30:00+00:00'],
      ],
    );
    assert.equal(read[0]!.content, ARTICLE_ONE);
    assert.equal(read[1]!.content, `<html><body><p>${ARTICLE_TWO}</p></body></html>`);
    const errors = failures(outcomes);
    assert.equal(errors.length, 3);
    assert.match(errors[0]!, /dump\.jsonl line 2: is not in the expected format \(not valid JSON/);
    assert.match(errors[1]!, /dump\.jsonl line 4: .*not a JSON object/);
    assert.match(errors[2]!, /dump\.jsonl line 5: .*no text or html field/);
  });

  it('takes JSONL field names (dotted paths too) from options', async () => {
    const fields = { text: 'article.body', date: 'article.when', url: 'href' };
    const [one] = inputs(await readAll(join(dir, 'custom.jsonl'), { jsonlFields: fields }));
    assert.equal(one?.content, ARTICLE_ONE);
    assert.equal(one?.uri, 'https://c.example.com/1');
    assert.equal(one?.meta?.published, '2025-08-14');
    // Without the names nothing is found: the defaults do not include `article.body`.
    assert.match(failures(await readAll(join(dir, 'custom.jsonl')))[0]!, /line 1: .*no text or html field/);
  });

  it('reads gzip JSONL, and reports a truncated one naming where it stopped', async () => {
    assert.equal(inputs(await readAll(join(dir, 'dump.jsonl.gz'))).length, 3);
    const cut = await readAll(join(dir, 'cut.jsonl.gz'));
    assert.match(
      failures(cut).at(-1)!,
      /cut\.jsonl\.gz line \d+: is not in the expected format \(truncated gzip data\)/,
    );
  });

  it('reads a JSONL file that starts with a byte order mark', async () => {
    assert.equal(inputs(await readAll(join(dir, 'bom.jsonl')))[0]?.content, ARTICLE_TWO);
  });

  it('sniffs the kind of a file whose name says nothing, gzip or not', async () => {
    assert.equal(inputs(await readAll(join(dir, 'mystery.data')))[0]?.kind, 'jsonl');
    assert.equal(inputs(await readAll(join(dir, 'feed.bin'))).length, 2);
  });

  it('reports an input with no articles, and a missing file, as one failure each', async () => {
    assert.match(
      failures(await readAll(join(dir, 'empty.jsonl')))[0]!,
      /empty\.jsonl: is empty .*no articles in it/,
    );
    assert.match(failures(await readAll(join(dir, 'nope.warc')))[0]!, /nope\.warc: no such file/);
  });

  it('still reads a plain text file as one article', async () => {
    const { dir: d, cleanup: c } = tempFiles({ 'a.txt': ARTICLE_ONE });
    try {
      const [one] = inputs(await readAll(join(d, 'a.txt')));
      assert.equal(one?.kind, 'text');
      assert.equal(one?.content, ARTICLE_ONE);
    } finally {
      c();
    }
  });
});

describe('readInputFile and multi-article files', () => {
  it('refuses a feed, WARC or JSONL file, pointing at ingest', async () => {
    const { readInputFile } = await import('../../src/ingest/index.js');
    for (const name of ['a.rss', 'b.warc.gz', 'c.jsonl']) {
      assert.throws(() => readInputFile(name), {
        code: 'INPUT_BAD_FORMAT',
        message: new RegExp(
          `^${name.replace(/\./g, '\\.')}: .*holds many articles: use \`newsgraph ingest\``,
        ),
      });
    }
  });
});
