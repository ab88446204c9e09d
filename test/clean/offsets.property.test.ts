/**
 * Property tests: whatever the clean stage removes, every span of the cleaned text maps back to raw
 * characters equal to its own; and `deleteRanges` (src/doc/offsets.ts) deletes exactly the union of ranges.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { deleteRanges, toRawOffset, toRawRanges } from '../../src/doc/offsets.js';
import type { Doc, OffsetMap, Span } from '../../src/doc/types.js';
import { BODY, cleanRaw } from './helpers.js';

const WORDS = [
  'Putin',
  'Zelenskyy’s',
  'Müller',
  'naïve',
  '東京',
  'Ελλάδα',
  '😀',
  'a',
  'the',
  'talks',
  '2025',
  '“quoted”',
];
const BOILERPLATE = [
  'Advertisement',
  'Share this article',
  'Getty Images',
  'Read more: news',
  '© 2025 Example',
  'Facebook Twitter',
];

/** A sentence of random words, with or without a final full stop. */
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }), fc.boolean())
  .map(([ws, stop]) => ws.join(' ') + (stop ? '.' : ''));

/** A line: body text, boilerplate, blank, random unicode (lone surrogates included), or a repeat marker. */
const line = fc.oneof(
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' ')),
  fc.constantFrom(...BODY),
  fc.constantFrom(...BOILERPLATE),
  fc.constant(''),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.nat(30).map((n) => ({ repeat: n })),
);

/** Raw texts whose repeat markers copy an earlier line (exactly, or with its first word dropped). */
const rawText = fc.array(line, { maxLength: 40 }).map((items) => {
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push(item);
    else if (out.length > 0) {
      const earlier = out[item.repeat % out.length]!;
      out.push(item.repeat % 2 === 0 ? earlier : earlier.split(' ').slice(1).join(' '));
    }
  }
  return out.join('\n');
});

/** A text and a span of it. */
function withSpan(text: string, a: number, b: number): Span {
  const x = a % (text.length + 1);
  const y = b % (text.length + 1);
  return { start: Math.min(x, y), end: Math.max(x, y) };
}

function rawOf(raw: string, map: OffsetMap, span: Span): string {
  return toRawRanges(map, span)
    .map((r) => raw.slice(r.start, r.end))
    .join('');
}

const RUNS = { numRuns: 300, seed: 20250814 };

describe('clean: offsets (property)', () => {
  it('maps every span of the text through toRawRanges to the same characters', () => {
    fc.assert(
      fc.property(rawText, fc.nat(), fc.nat(), (raw, a, b) => {
        const doc = cleanRaw(raw);
        const span = withSpan(doc.text, a, b);
        assert.equal(rawOf(doc.raw, doc.toRaw, span), doc.text.slice(span.start, span.end));
      }),
      RUNS,
    );
  });

  it('keeps removals consistent: their text is raw, they do not overlap, and text = raw minus them', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const doc: Doc = cleanRaw(raw);
        let end = 0;
        for (const r of doc.removed) {
          assert.equal(doc.raw.slice(r.start, r.end), r.text);
          assert.ok(r.text.trim().length > 0, 'never removes only white space');
          assert.ok(r.start >= end, 'removals do not overlap');
          end = r.end;
        }
        assert.equal(deleteRanges(doc.raw, doc.removed).text, doc.text);
      }),
      RUNS,
    );
  });

  it('maps a span strictly inside one kept segment through toRawOffset to the same characters', () => {
    fc.assert(
      fc.property(rawText, fc.nat(), fc.nat(), fc.nat(), (raw, k, a, b) => {
        const doc = cleanRaw(raw);
        const segs = doc.toRaw.segments.filter((s) => s.length >= 3);
        if (segs.length === 0) return;
        const seg = segs[k % segs.length]!;
        const x = seg.textStart + 1 + (a % (seg.length - 1));
        const y = seg.textStart + 1 + (b % (seg.length - 1));
        const span = { start: Math.min(x, y), end: Math.max(x, y) };
        const rawSpan = doc.raw.slice(
          toRawOffset(doc.toRaw, span.start),
          toRawOffset(doc.toRaw, span.end, 'end'),
        );
        assert.equal(rawSpan, doc.text.slice(span.start, span.end));
      }),
      RUNS,
    );
  });

  it('maps any span that lies in one kept segment, edges included, through toRawOffset', () => {
    fc.assert(
      fc.property(rawText, fc.nat(), fc.nat(), fc.nat(), (raw, k, a, b) => {
        const doc = cleanRaw(raw);
        const segs = doc.toRaw.segments;
        if (segs.length === 0) return;
        const seg = segs[k % segs.length]!;
        const x = seg.textStart + (a % (seg.length + 1));
        const y = seg.textStart + (b % (seg.length + 1));
        const span = { start: Math.min(x, y), end: Math.max(x, y) };
        const from = toRawOffset(doc.toRaw, span.start, 'start');
        const to = toRawOffset(doc.toRaw, span.end, 'end');
        assert.equal(doc.raw.slice(from, to), doc.text.slice(span.start, span.end));
      }),
      RUNS,
    );
  });
});
