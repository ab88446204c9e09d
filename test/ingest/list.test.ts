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
    }));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
  });
  after(() => cleanup());

  it('walks folders recursively, sorted, known extensions only, no hidden files, no symlinked folders', () => {
    const rel = listInputs([dir]).map((p) => p.slice(dir.length + 1));
    assert.deepEqual(rel, ['a.HTML', 'b.txt', 'c.htm', 'sub/deeper/y.html', 'sub/z.txt']);
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
