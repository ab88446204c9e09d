import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GoldContent } from '../../bench/lib/polnear.js';
import { scoreArticle, type PredictedQuote } from '../../bench/lib/quote-scoring.js';

const TEXT = '“We will win,” Smith said. Jones said the plan failed. “Never,” Brown said.';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const source = (s: string) => ({ fragments: [span(s)], text: s });

const GOLD: GoldContent[] = [
  { span: span('“We will win,”'), direct: true, source: source('Smith') },
  { span: span('the plan failed'), direct: false, source: source('Jones') },
  { span: span('“Never,”'), direct: true, source: source('Brown') },
];

describe('scoring one PolNeAR article', () => {
  it('counts exact and overlap matches, speakers and all contents', () => {
    const predicted: PredictedQuote[] = [
      // Exact after trimming marks and punctuation, right speaker by span.
      { span: span('We will win,'), direct: true, speaker: { span: span('Smith') } },
      // Overlaps but is not exact; speaker wrong (names another entity).
      { span: span('Never,” Brown'), direct: true, speaker: { name: 'Jones' } },
      // Indirect, overlaps the indirect gold.
      { span: span('the plan'), direct: false, speaker: {} },
      // Spurious direct quote.
      { span: span('Brown said'), direct: true, speaker: {} },
    ];
    const { tally, errors } = scoreArticle(TEXT, GOLD, predicted);
    assert.deepEqual(tally.directExact, { tp: 1, fp: 2, fn: 1 });
    assert.deepEqual(tally.directOverlap, { tp: 2, fp: 1, fn: 0 });
    assert.equal(tally.speakerJudged, 2);
    assert.equal(tally.speakerRight, 1);
    assert.deepEqual(tally.allOverlap, { tp: 3, fp: 1, fn: 0 });
    assert.deepEqual(
      errors.map((e) => e.kind),
      ['wrong-speaker', 'spurious'],
    );
  });

  it('keeps partial quotes out of the direct figures but counts them in the strict one and in all contents', () => {
    const text = 'Reid called Trump a “con artist” on Monday. “We will win,” Smith said.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const gold: GoldContent[] = [
      { span: at('Trump a “con artist”'), direct: false },
      { span: at('“We will win,”'), direct: true },
    ];
    const predicted: PredictedQuote[] = [
      { span: at('con artist'), direct: true, partial: true, speaker: {} },
      { span: at('We will win,'), direct: true, speaker: {} },
    ];
    const { tally } = scoreArticle(text, gold, predicted);
    assert.deepEqual(tally.directExact, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(tally.directWithPartialExact, { tp: 1, fp: 1, fn: 0 });
    assert.equal(tally.partial, 1);
    assert.equal(tally.partialInsideGold, 1);
    assert.deepEqual(tally.allOverlap, { tp: 2, fp: 0, fn: 0 });
  });

  it('scores an article with no predictions as all misses', () => {
    const { tally } = scoreArticle(TEXT, GOLD, []);
    assert.deepEqual(tally.directOverlap, { tp: 0, fp: 0, fn: 2 });
    assert.deepEqual(tally.allOverlap, { tp: 0, fp: 0, fn: 3 });
  });
});
