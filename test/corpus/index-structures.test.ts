/** The candidate index, the centroid and document frequencies: the pieces that keep clustering fast. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CandidateIndex } from '../../src/corpus/candidates.js';
import { Centroid } from '../../src/corpus/centroid.js';
import { DocumentFrequencies, poissonDocumentProbability } from '../../src/corpus/idf.js';
import { norm } from '../../src/corpus/sparse.js';

describe('CandidateIndex', () => {
  it('ranks stories by shared keys, newest first on ties', () => {
    const index = new CandidateIndex(10);
    index.post(0, ['quake', 'chile']);
    index.post(1, ['quake']);
    index.post(2, ['match']);
    assert.deepEqual(index.lookup(['quake', 'chile'], 10), [0, 1]);
    assert.deepEqual(index.lookup(['quake'], 10), [1, 0]);
    assert.deepEqual(index.lookup(['quake'], 1), [1]);
    assert.deepEqual(index.lookup(['nothing'], 10), []);
  });
  it('forgets the least recently posted stories past maxPostings', () => {
    const index = new CandidateIndex(2);
    index.post(0, ['k']);
    index.post(1, ['k']);
    index.post(0, ['k']); // re-posting makes story 0 recent again
    index.post(2, ['k']);
    assert.deepEqual(index.lookup(['k'], 10).sort(), [0, 2]);
  });
});

describe('Centroid', () => {
  it('keeps its length right as vectors are added', () => {
    const c = new Centroid(100);
    const a = new Map([
      ['x', 0.6],
      ['y', 0.8],
    ]);
    const b = new Map([['y', 1]]);
    c.add(a);
    c.add(b);
    assert.ok(Math.abs(c.cosine(b) - 1.8 / norm(c.sum)) < 1e-12);
    assert.ok(Math.abs(c.cosine(a) - (0.6 * 0.6 + 0.8 * 1.8) / norm(c.sum)) < 1e-12);
  });
  it('prunes to its heaviest terms past the cap', () => {
    const c = new Centroid(4);
    c.add(
      new Map([
        ['a', 0.9],
        ['b', 0.3],
        ['c', 0.2],
        ['d', 0.2],
        ['e', 0.1],
      ]),
    );
    assert.equal(c.sum.size, 3);
    assert.ok(c.sum.has('a') && !c.sum.has('e'));
    assert.ok(Math.abs(c.cosine(new Map([['a', 1]])) - c.sum.get('a')! / norm(c.sum)) < 1e-12);
  });
  it('an empty centroid has cosine 0', () => {
    assert.equal(new Centroid(4).cosine(new Map([['a', 1]])), 0);
  });
});

describe('DocumentFrequencies', () => {
  it('weighs rarer keys more, and a key in every document still above 0', () => {
    const df = new DocumentFrequencies();
    df.observe(['common', 'rare']);
    df.observe(['common']);
    df.observe(['common']);
    assert.ok(df.idf('rare') > df.idf('common'));
    assert.ok(df.idf('common') > 0);
    assert.ok(df.idf('unseen') > df.idf('rare'));
  });
  it('a background prior makes common words cheap from the first document', () => {
    const prior = (k: string): number => (k === 'said' ? 0.9 : 0);
    const df = new DocumentFrequencies(1000, prior);
    df.observe(['said', 'valparaiso']);
    assert.ok(df.idf('valparaiso') - df.idf('said') > 4);
  });
  it('turns word frequency into document probability (Poisson)', () => {
    assert.equal(poissonDocumentProbability(0, 1000, 400), 0);
    assert.ok(Math.abs(poissonDocumentProbability(1, 1000, 400) - (1 - Math.exp(-0.4))) < 1e-12);
  });
});
