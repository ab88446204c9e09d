import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { NewsgraphError, type ErrorCode } from '../../src/errors.js';
import { readInputFile, readInputStream } from '../../src/ingest/index.js';
import { tempFiles } from './helpers.js';

describe('readInputFile', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempFiles({
      'story.txt': 'Putin met Trump in Alaska.\n',
      'page.html': '<p>Body only, no html tag</p>',
      'saved.txt': '  <!DOCTYPE html>\n<html><body><p>Saved page</p></body></html>',
      'comment-first.txt': '<!-- saved from url --><html><body>x</body></html>',
      'latin1.txt': Buffer.from('Fee of \xa315.8m', 'latin1'),
      'empty.txt': '',
      'blank.txt': ' \n\t\r\n\u00a0\n',
      'nul.txt': Buffer.from([0x41, 0x00, 0x42]),
      'cut-utf8.txt': Buffer.concat([Buffer.from('café', 'utf8'), Buffer.from([0xc3])]),
      'bad-utf8.txt': Buffer.from(Array.from({ length: 40 }, (_, i) => 0xc0 + (i % 30))),
      'big.txt': 'x'.repeat(2000),
      'sub/inner.txt': 'inner',
      'prose-with-tag.txt': 'The <html> tag starts a page, the article explained.',
    }));
  });
  after(() => cleanup());

  const errorOf = (fn: () => unknown): NewsgraphError => {
    try {
      fn();
    } catch (error) {
      assert.ok(error instanceof NewsgraphError, String(error));
      return error;
    }
    assert.fail('expected an error');
  };

  it('reads a text file as text, UTF-8, without notes', () => {
    const input = readInputFile(join(dir, 'story.txt'));
    assert.equal(input.kind, 'text');
    assert.equal(input.content, 'Putin met Trump in Alaska.\n');
    assert.equal(input.encoding, 'utf-8');
    assert.deepEqual(input.notes, []);
    assert.equal(input.uri, undefined, 'a local path is not the article URL, so it must not decide the id');
  });

  const kinds: [string, 'text' | 'html'][] = [
    ['page.html', 'html'],
    ['saved.txt', 'html'],
    ['comment-first.txt', 'html'],
    ['prose-with-tag.txt', 'text'],
  ];
  for (const [name, kind] of kinds) {
    it(`reads ${name} as ${kind}`, () => assert.equal(readInputFile(join(dir, name)).kind, kind));
  }

  it('decodes a Latin-1 file and notes it', () => {
    const input = readInputFile(join(dir, 'latin1.txt'));
    assert.equal(input.content, 'Fee of £15.8m');
    assert.equal(input.encoding, 'windows-1252');
    assert.match(input.notes.join(), /Latin-1/);
  });

  it('reads a file cut inside its last UTF-8 character, saying where', () => {
    const input = readInputFile(join(dir, 'cut-utf8.txt'));
    assert.equal(input.content, 'café\uFFFD');
    assert.equal(input.encoding, 'utf-8');
    assert.match(input.notes.join(), /cut inside a UTF-8 character at byte 5/);
  });

  const failures: [string, ErrorCode, RegExp][] = [
    ['missing.txt', 'INPUT_MISSING', /no such file/],
    ['sub', 'INPUT_UNREADABLE', /directory/],
    ['story.txt/child', 'INPUT_MISSING', /no such file/],
    ['empty.txt', 'INPUT_EMPTY', /0 bytes/],
    ['blank.txt', 'INPUT_EMPTY', /white space/],
    ['nul.txt', 'INPUT_BINARY', /NUL/],
    ['bad-utf8.txt', 'INPUT_ENCODING', /UTF-8/],
  ];
  for (const [name, code, detail] of failures) {
    it(`refuses ${name} with ${code}, naming the file`, () => {
      const path = join(dir, name);
      const error = errorOf(() => readInputFile(path));
      assert.equal(error.code, code);
      assert.equal(error.input, path);
      assert.ok(error.message.startsWith(`${path}: `), error.message);
      assert.match(error.message, detail);
    });
  }

  it('refuses a file over the size limit', () => {
    const error = errorOf(() => readInputFile(join(dir, 'big.txt'), { maxBytes: 1000 }));
    assert.equal(error.code, 'INPUT_TOO_LARGE');
    assert.match(error.message, /2\.0 KB; the limit is 1000 bytes/);
    assert.equal(readInputFile(join(dir, 'big.txt'), { maxBytes: 2000 }).content.length, 2000);
  });
});

describe('readInputStream', () => {
  it('reads a stream with the same checks, named "stdin"', async () => {
    const input = await readInputStream(
      Readable.from([Buffer.from('<html><body>'), Buffer.from('Hi</body></html>')]),
    );
    assert.equal(input.kind, 'html');
    assert.equal(input.path, 'stdin');
    await assert.rejects(
      readInputStream(Readable.from([Buffer.alloc(0)])),
      /^NewsgraphError: stdin: is empty/,
    );
    await assert.rejects(readInputStream(Readable.from([Buffer.from([0, 1, 2])])), { code: 'INPUT_BINARY' });
  });

  it('stops reading once the limit is passed', async () => {
    const chunks = (function* () {
      for (let i = 0; i < 100; i++) yield Buffer.alloc(100, 'a');
    })();
    await assert.rejects(readInputStream(Readable.from(chunks), { maxBytes: 550 }), {
      code: 'INPUT_TOO_LARGE',
    });
  });
});
