/**
 * The clean stage on the seed article (examples/seed-article.txt): what must go, with which reason, and that
 * every body paragraph stays. The rules are generic; these are the expectations for this one input.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Doc, Removal } from '../../src/doc/types.js';
import { cleanRaw } from './helpers.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed-article.txt'), 'utf8');

/** Start of each removed line, its reason, and the start of the kept text it duplicates (if any). */
const EXPECTED: readonly [string, Removal['reason'], string?][] = [
  ['Share this @internewscast.com', 'boilerplate'],
  ['Russian President Vladimir Putin has been spotted travelling', 'caption'],
  [
    'Footage shows a long line of black armoured vehicles',
    'repeat',
    'Footage shows a long line of black vehicles',
  ],
  ['Roads were sealed off as Vladimir Putin made his way', 'caption'],
  ['The summit will mark the first time the two have met', 'caption'],
  [
    'Experts say recent satellite images show intense preparations',
    'repeat',
    'Experts say recent satellite images',
  ],
];

describe('clean: the seed article', () => {
  let doc: Doc;
  before(() => {
    doc = cleanRaw(seed);
  });

  it('removes the boilerplate line, the three captions and the two repeats, and nothing else', () => {
    assert.deepEqual(
      doc.removed.map((r) => r.reason),
      EXPECTED.map(([, reason]) => reason),
    );
    for (const [i, [start, reason, original]] of EXPECTED.entries()) {
      const r = doc.removed[i]!;
      assert.ok(r.text.startsWith(start), `${reason}: ${r.text}`);
      assert.equal(doc.raw.slice(r.start, r.end), r.text);
      if (original) assert.ok(doc.raw.slice(r.duplicateOf!.start).startsWith(original), r.rule);
    }
  });

  it('points the last repeat at the second sentence of the earlier paragraph, which is kept', () => {
    const last = doc.removed[doc.removed.length - 1]!;
    const original = doc.raw.slice(last.duplicateOf!.start, last.duplicateOf!.end);
    assert.match(original, /^Experts say recent satellite images .* in the Barents Sea$/);
    const paragraphStart = doc.raw.lastIndexOf('\n', last.duplicateOf!.start) + 1;
    assert.ok(doc.raw.slice(paragraphStart).startsWith('The meeting comes as Putin is preparing to test'));
    assert.ok(doc.text.includes('The meeting comes as Putin is preparing to test'));
    assert.ok(doc.text.includes(original));
  });

  it('keeps every other paragraph, including the one that only reuses phrases', () => {
    const removedLines = new Set(doc.removed.map((r) => r.text.trim()));
    const body = seed.split('\n').filter((l) => l.trim() && !removedLines.has(l.trim()));
    assert.equal(body.length, 31);
    for (const paragraph of body) assert.ok(doc.text.includes(paragraph), paragraph);
    assert.ok(
      doc.text.includes(
        'It comes as Putin is gearing up to test its nuclear-powered, nuclear-armed cruise missile after the US president warned him of ‘severe consequences’ if the war continues.',
      ),
    );
  });

  it('leaves no blank-line pile-ups and maps the text back to raw', () => {
    assert.ok(!/\n\s*\n\s*\n/.test(doc.text));
    assert.ok(!doc.text.startsWith('\n'));
    for (const seg of doc.toRaw.segments) {
      assert.equal(
        doc.text.slice(seg.textStart, seg.textStart + seg.length),
        doc.raw.slice(seg.rawStart, seg.rawStart + seg.length),
      );
    }
  });
});
