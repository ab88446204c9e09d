import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  actorMatches,
  actorScores,
  actorWords,
  addCounts,
  countActors,
  headWord,
} from '../../bench/lib/actor-match.js';

describe('actorWords and headWord', () => {
  it('lower-cases, drops possessives and function words', () => {
    assert.deepEqual(actorWords("The Government of Iraq's"), ['government', 'iraq']);
    assert.deepEqual(actorWords('Hamas’s'), ['hamas']);
    assert.equal(headWord('United Nations Emergency Relief Coordinator'), 'coordinator');
    assert.equal(headWord('the'), undefined);
  });
});

describe('actorMatches', () => {
  const MATCH: [string, string[]][] = [
    ['Washington', ['Washington']],
    ['Israeli soldiers', ['soldiers']],
    ['Israeli soldiers', ['Israeli']],
    ['United States', ['the United States', 'US']],
    ['Prime Minister Benjamin Netanyahu', ['Benjamin Netanyahu']],
    ['Hamas', ['Hamas militants', 'Hamas']],
    // the predicted head word "nations" is one of the gold words: the UN for its official (CAMEO IGO)
    ['United Nations Emergency Relief Coordinator', ['United Nations']],
  ];
  const NO_MATCH: [string, string[]][] = [
    ['Israeli army', ['Israel']],
    ['Iran', ['Iranian']],
    ['Kenzo Oshima', ['United Nations']],
    ['Relief Coordinator', ['Kenzo Oshima', 'UN official']],
    ['Turkey', []],
  ];
  for (const [gold, forms] of MATCH)
    it(`matches "${gold}" with ${JSON.stringify(forms)}`, () =>
      assert.equal(actorMatches(gold, forms), true));
  for (const [gold, forms] of NO_MATCH)
    it(`does not match "${gold}" with ${JSON.stringify(forms)}`, () =>
      assert.equal(actorMatches(gold, forms), false));
});

describe('countActors and actorScores', () => {
  it('pairs predicted and gold actors one to one', () => {
    // Two predictions both matching the single gold "Hamas": only one true positive.
    assert.deepEqual(countActors(['Hamas'], [['Hamas'], ['Hamas']]), {
      truePositives: 1,
      predicted: 2,
      gold: 1,
    });
    assert.deepEqual(countActors(['Hungarian', 'Romanian'], [['Romanian']]), {
      truePositives: 1,
      predicted: 1,
      gold: 2,
    });
    assert.deepEqual(countActors([], []), { truePositives: 0, predicted: 0, gold: 0 });
  });

  it('micro-averages: P = 2/3, R = 2/4, F1 = 4/7', () => {
    const total = addCounts(
      countActors(['Israel', 'Hamas'], [['Israel'], ['Egypt']]),
      countActors(['Iran', 'Iraq'], [['Iraq']]),
    );
    assert.deepEqual(total, { truePositives: 2, predicted: 3, gold: 4 });
    const s = actorScores(total);
    assert.ok(Math.abs(s.precision - 2 / 3) < 1e-9);
    assert.equal(s.recall, 0.5);
    assert.ok(Math.abs(s.f1 - 4 / 7) < 1e-9);
  });
});
