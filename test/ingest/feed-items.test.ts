import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NewsgraphError } from '../../src/errors.js';
import { readInputItems, type ItemOutcome } from '../../src/ingest/index.js';
import { splitFeed } from '../../src/ingest/readers/feed/split.js';
import { tempFiles } from './helpers.js';
import {
  BROKEN_ATOM_ENTRIES,
  BROKEN_RSS_ITEMS,
  HOSTILE_DOCTYPES,
  goodBody,
  mixedAtom,
  mixedRss,
} from './hostile-feeds.js';

async function readAll(path: string): Promise<ItemOutcome[]> {
  const out: ItemOutcome[] = [];
  for await (const outcome of readInputItems(path)) out.push(outcome);
  return out;
}

const errorsOf = (outcomes: ItemOutcome[]): unknown[] => outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
const contents = (outcomes: ItemOutcome[]): string[] =>
  outcomes.flatMap((o) => (o.ok ? [o.input.content] : []));

describe('feeds are read item by item: one broken item is reported, the rest are read', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempFiles({
      'mixed.rss': mixedRss(1, 8),
      'mixed.atom': mixedAtom(2, 8),
      'second-item-cdata.rss':
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>' +
        `<item><title>One</title><description>${goodBody(3, 1)}</description></item>\n` +
        '<item><title>Two</title><description><![CDATA[<p>Unclosed</description></item>\n' +
        '</channel></rss>',
      ...HOSTILE_DOCTYPES,
    }));
  });
  after(() => cleanup());

  it('the audit case: an RSS file whose second item has an unclosed CDATA still gives its first item', async () => {
    const outcomes = await readAll(join(dir, 'second-item-cdata.rss'));
    assert.deepEqual(contents(outcomes), [goodBody(3, 1)]);
    const [error] = errorsOf(outcomes);
    assert.ok(error instanceof NewsgraphError);
    assert.equal(error.exitCode, 65);
    assert.match(
      error.message,
      /second-item-cdata\.rss item 2: .*CDATA section never closes \(item at line 2\)/,
    );
  });

  for (const [file, broken, good] of [
    ['mixed.rss', BROKEN_RSS_ITEMS, 8],
    ['mixed.atom', BROKEN_ATOM_ENTRIES, 8],
  ] as const) {
    it(`${file}: all ${good} good items read, each of the ${Object.keys(broken).length} broken ones reported (exit 65)`, async () => {
      const outcomes = await readAll(join(dir, file));
      const f = file.endsWith('.rss') ? 1 : 2;
      assert.deepEqual(
        contents(outcomes),
        Array.from({ length: good }, (_, n) => goodBody(f, n + 1)),
      );
      const errors = errorsOf(outcomes);
      assert.equal(errors.length, Object.keys(broken).length);
      for (const error of errors) {
        assert.ok(error instanceof NewsgraphError, String(error));
        assert.equal(error.code, 'INPUT_BAD_FORMAT');
        assert.match(
          error.message,
          new RegExp(`${file.replace('.', '\\.')} item \\d+: is not in the expected format`),
        );
      }
    });
  }

  for (const file of Object.keys(HOSTILE_DOCTYPES)) {
    it(`${file}: bad content (65) naming the file; no entity is ever expanded`, async () => {
      const outcomes = await readAll(join(dir, file));
      assert.equal(outcomes.length, 1);
      const [error] = errorsOf(outcomes);
      assert.ok(error instanceof NewsgraphError, String(error));
      assert.equal(error.exitCode, 65);
      assert.match(error.message, new RegExp(`${file.replace('.', '\\.')}: .*DOCTYPE declares entities`));
    });
  }
});

describe('splitFeed', () => {
  it('does not end an item at an </item> inside CDATA or a comment', () => {
    const feed =
      '<rss><channel><title>T</title><item><description><![CDATA[a </item> b]]></description><!-- </item> --></item>' +
      '<item><title>2</title></item></channel></rss>';
    const split = splitFeed(feed);
    assert.deepEqual(
      split.items.map((i) => i.xml),
      [
        '<item><description><![CDATA[a </item> b]]></description><!-- </item> --></item>',
        '<item><title>2</title></item>',
      ],
    );
    assert.equal(split.head, '<rss><channel><title>T</title>');
  });

  it('gives each item its line and column in the file, and notes a DOCTYPE internal subset', () => {
    const split = splitFeed('<?xml version="1.0"?>\n<!DOCTYPE rss>\n<rss>\n  <item/>\n<item>x</item></rss>');
    assert.deepEqual(
      split.items.map(({ line, column }) => [line, column]),
      [
        [4, 3],
        [5, 1],
      ],
    );
    assert.equal(split.declaresEntities, false);
    assert.equal(splitFeed('<!DOCTYPE rss [<!ENTITY a "b">]><rss/>').declaresEntities, true);
    assert.equal(splitFeed('<urlset><url/></urlset>').root, 'urlset');
  });
});
