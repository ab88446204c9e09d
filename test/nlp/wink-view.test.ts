import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_WINK_CHUNK, MAX_WINK_RUN, winkChunks } from '../../src/nlp/wink-view.js';
import { analyse } from './helpers.js';

describe('wink-view: what wink reads of a hostile text', () => {
  it('cuts a long run and maps offsets after it back to the original text', () => {
    const text = `Before ${'x'.repeat(5000)} after ${'y'.repeat(MAX_WINK_RUN + 1)} end`;
    const [chunk, ...rest] = winkChunks(text);
    assert.equal(rest.length, 0);
    assert.ok(chunk!.text.length < text.length - 4000);
    const after = chunk!.text.indexOf('after');
    assert.equal(text.slice(chunk!.toOriginal(after), chunk!.toOriginal(after + 5)), 'after');
    const end = chunk!.text.lastIndexOf('end');
    assert.equal(chunk!.toOriginal(end), text.lastIndexOf('end'));
  });

  it('reads a long text in chunks no longer than the limit, cut at line breaks, covering it all', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} says something.`).join('\n');
    const chunks = winkChunks(text);
    assert.ok(chunks.length > 1);
    for (const chunk of chunks) assert.ok(chunk.text.length <= MAX_WINK_CHUNK);
    for (const chunk of chunks.slice(0, -1)) assert.ok(chunk.text.endsWith('\n'));
    assert.equal(chunks.map((c) => c.text).join(''), text);
  });

  it('cuts a text without line breaks after a sentence, and one without spaces nowhere in a word', () => {
    const sentences = 'The plan would work, he said. '.repeat(2000);
    for (const chunk of winkChunks(sentences).slice(0, -1)) assert.ok(chunk.text.endsWith('. '));
    const word = 'A'.repeat(3 * MAX_WINK_CHUNK);
    assert.equal(winkChunks(word).length, 1);
  });

  it('cuts a 20 MB word for wink without overflowing any stack', () => {
    const text = 'A'.repeat(20 * 1024 * 1024);
    const chunks = winkChunks(text);
    assert.equal(chunks.length, 1);
    assert.equal(chunks[0]!.text.length, MAX_WINK_RUN);
    assert.equal(chunks[0]!.toOriginal(MAX_WINK_RUN), text.length);
  });

  it('gives a one-word text of a million characters one token spanning it all', () => {
    const text = 'A'.repeat(1_000_000);
    const doc = analyse(text);
    assert.equal(doc.tokens.length, 1);
    assert.deepEqual([doc.tokens[0]!.start, doc.tokens[0]!.end], [0, text.length]);
    assert.equal(doc.sentences.length, 1);
  });

  it('keeps spans right on long runs between ordinary words, across chunks', () => {
    const text = `Police said ${'z'.repeat(900)}. ${'The mayor spoke. '.repeat(2000)}Done ${'q'.repeat(400)}.`;
    const doc = analyse(text);
    for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
    for (const s of doc.sentences) assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(doc.tokens.some((t) => t.text.startsWith('z'.repeat(900))));
    assert.equal(doc.tokens.at(-1)!.end, text.length);
  });
});
