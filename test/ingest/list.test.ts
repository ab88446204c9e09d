import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listInputs } from '../../src/ingest/index.js';
import { tempFiles } from './helpers.js';

describe('listInputs', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempFiles({
      'b.txt': 'b',
      'a.HTML': 'a',
      'c.htm': 'c',
      'notes.md': 'not listed from a folder',
      'image.png': 'x',
      '.hidden.txt': 'hidden',
      '.git/config.txt': 'hidden folder',
      'sub/z.txt': 'z',
      'sub/deeper/y.html': 'y',
      'feeds/a.rss': 'f',
      'feeds/b.atom': 'f',
      'feeds/c.xml': '<?xml version="1.0"?>\n<!-- a feed -->\n<rss version="2.0"><channel></channel></rss>',
      'feeds/sitemap.xml': '<?xml version="1.0"?><urlset></urlset>',
      'crawl/x.warc': 'w',
      'crawl/y.warc.gz': 'w',
      'dumps/z.jsonl': 'j',
      'dumps/z2.JSONL.GZ': 'j',
      'dumps/other.gz': 'not an input kind',
      'dumps/table.json': 'not JSON Lines',
    }));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
  });
  after(() => cleanup());

  it('walks folders recursively, sorted, known extensions only, no hidden files, no symlinked folders', () => {
    const rel = listInputs([dir]).map((p) => p.slice(dir.length + 1));
    assert.deepEqual(
      rel.filter((p) => !/^(feeds|crawl|dumps)\//.test(p)),
      ['a.HTML', 'b.txt', 'c.htm', 'sub/deeper/y.html', 'sub/z.txt'],
    );
  });

  it('picks up feeds, WARC and JSONL (compound suffixes too) but not other archives or XML', () => {
    const rel = listInputs([join(dir, 'feeds'), join(dir, 'crawl'), join(dir, 'dumps')]).map((p) =>
      p.slice(dir.length + 1),
    );
    assert.deepEqual(rel, [
      'feeds/a.rss',
      'feeds/b.atom',
      'feeds/c.xml',
      'crawl/x.warc',
      'crawl/y.warc.gz',
      'dumps/z.jsonl',
      'dumps/z2.JSONL.GZ',
    ]);
  });

  it('keeps explicitly named files whatever their extension, and missing paths, in argument order', () => {
    const paths = [join(dir, 'notes.md'), join(dir, 'missing.txt'), join(dir, 'sub')];
    assert.deepEqual(listInputs(paths), [
      join(dir, 'notes.md'),
      join(dir, 'missing.txt'),
      join(dir, 'sub/deeper/y.html'),
      join(dir, 'sub/z.txt'),
    ]);
  });

  it('drops duplicates', () => {
    assert.deepEqual(listInputs([join(dir, 'b.txt'), dir]).filter((p) => p.endsWith('b.txt')).length, 1);
  });
});
