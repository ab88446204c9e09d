/** Property: whatever the input, every timex's text is exactly its span of doc.text, and nothing throws. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { normaliseTime } from '../../src/time/index.js';
import { ctx, docOf } from './helpers.js';

const WORDS = [
  'on',
  'Friday',
  'since',
  '2018',
  'in',
  'the',
  'past',
  'two',
  'weeks',
  'later',
  '11:30',
  'am',
  '(1900 GMT)',
  'May',
  'February',
  '28',
  'every',
  'last',
  'month',
  'now',
  '24-hour',
  'summer',
  'the 1990s',
  'said',
  'will',
  ',',
  '.',
  '\n',
];

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' ')),
);

it('every timex text equals doc.text.slice(start, end)', () => {
  fc.assert(
    fc.property(
      text,
      fc.constantFrom(undefined, '2025-08-14', '2024-02-29T23:00:00-05:00'),
      (input, published) => {
        const doc = normaliseTime(docOf(input, published), ctx);
        for (const t of doc.timexes) {
          assert.equal(doc.text.slice(t.start, t.end), t.text);
          assert.ok(t.start < t.end && t.value.length > 0);
        }
      },
    ),
    { numRuns: 300, seed: 42 },
  );
});
