/**
 * The time stage on the seed article (published Thursday 2025-08-14), with hand-made sentences (lines and
 * ". ") and a hand-made Elmendorf place in Alaska time, so it runs without the nlp and geo stages.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Timex } from '../../src/doc/types.js';
import { normaliseTime } from '../../src/time/index.js';
import { ctx, docOf, placeAt } from './helpers.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed-article.txt'), 'utf8');

describe('time on the seed article', () => {
  let timexes: Timex[];
  const find = (text: string, after = 0): Timex => {
    const t = timexes.find((x) => x.text === text && x.start >= after);
    assert.ok(t, `a timex "${text}" in ${JSON.stringify(timexes.map((x) => x.text))}`);
    return t;
  };

  before(() => {
    const doc = docOf(seed, '2025-08-14');
    doc.places.push(placeAt(doc, 'Elmendorf Air Force Base', 'America/Anchorage', 'S.AIRB'));
    timexes = normaliseTime(doc, ctx).timexes;
  });

  const expected: [text: string, type: string, value: string][] = [
    ['on Friday', 'DATE', '2025-08-15'],
    ['since 2018', 'DATE', '2018'],
    ['in 2019', 'DATE', '2019'],
    ['on Thursday', 'DATE', '2025-08-14'],
    ['2016', 'DATE', '2016'],
    ['within 24 hours', 'DURATION', 'PT24H'],
    ['February 28', 'DATE', '2025-02-28'],
    ['at 11:30 am (1900 GMT) Friday', 'TIME', '2025-08-15T11:30-08:00'],
    ['1900 GMT', 'TIME', '2025-08-15T19:00Z'],
    ['in 1867', 'DATE', '1867'],
    ['Last Friday', 'DATE', '2025-08-08'],
    // Our convention: "in recent weeks" is PAST_REF (week granularity), not a PXW duration.
    ['in recent weeks', 'DATE', 'PAST_REF'],
  ];
  for (const [text, type, value] of expected) {
    it(`${text} → ${value}`, () => {
      const t = find(text);
      assert.equal(t.type, type);
      assert.equal(t.value, value);
      assert.equal(t.anchored, true);
    });
  }

  it('names how the clock time got its zone', () => {
    assert.match(find('at 11:30 am (1900 GMT) Friday').rule, /zone-place/);
    assert.match(find('1900 GMT').rule, /stated-utc/);
  });

  it('reads "2018" in "a 2018 summit" as a year and nothing in "25% chance", "9M730"', () => {
    assert.equal(find('2018', seed.indexOf('a 2018 summit')).value, '2018');
    for (const t of timexes) assert.ok(!/25|730/.test(t.text), t.text);
  });

  it('keeps every span pointing at its own text', () => {
    for (const t of timexes) assert.equal(seed.slice(t.start, t.end), t.text);
  });
});

describe('time on the seed article without a place', () => {
  it('leaves the offset off the clock time and says so', () => {
    const doc = docOf(seed, '2025-08-14');
    const t = normaliseTime(doc, ctx).timexes.find((x) => x.text.startsWith('at 11:30 am'));
    assert.equal(t?.value, '2025-08-15T11:30');
    assert.match(t?.rule ?? '', /no-zone/);
  });

  it('takes the publication zone when no place in the sentence has one', () => {
    const doc = docOf(seed, '2025-08-14', 'America/New_York');
    const t = normaliseTime(doc, ctx).timexes.find((x) => x.text.startsWith('at 11:30 am'));
    assert.equal(t?.value, '2025-08-15T11:30-04:00');
    assert.match(t?.rule ?? '', /zone-meta/);
  });
});
