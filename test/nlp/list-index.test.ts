import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listIndex } from '../../src/nlp/list-index.js';

// Tokens of a news sentence, as wink's cache meets them (case kept, punctuation as tokens).
const TOKENS = [
  'The',
  'minister',
  ',',
  'who',
  'met',
  'Putin',
  'in',
  '2019',
  ',',
  'said',
  'the',
  'talks',
  'failed',
  '.',
];

function objectIndex(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

describe('listIndex: a packed string → position index read like an object', () => {
  it('gives each string its position, the last one for a repeated string, as the object did', () => {
    const index = listIndex(TOKENS);
    const plain = objectIndex(TOKENS);
    for (const token of TOKENS) assert.equal(index[token], plain[token], token);
    assert.equal(index[','], 8);
    assert.equal(index['the'], 10);
    assert.equal(index['The'], 0);
  });

  it('reads undefined for strings it lacks, Object.prototype names included', () => {
    const index = listIndex(TOKENS);
    for (const missing of [
      'Minister',
      'talks.',
      '',
      'constructor',
      'toString',
      '__proto__',
      'hasOwnProperty',
    ])
      assert.equal(index[missing], undefined, missing);
    assert.equal('constructor' in index, false);
    assert.equal('Putin' in index, true);
  });

  it('keeps values set later (words wink adds as it reads) next to the indexed ones', () => {
    const list = [...TOKENS];
    const index = listIndex(list);
    for (const word of ['Kyiv', 'ceasefire', 'constructor']) {
      assert.equal(index[word], undefined);
      index[word] = list.length;
      list.push(word);
    }
    assert.equal(index['Kyiv'], TOKENS.length);
    assert.equal(index['constructor'], TOKENS.length + 2);
    assert.equal(index['met'], 4);
  });

  it('finds every entry of a list far larger than its first table, with colliding prefixes', () => {
    const list = Array.from({ length: 5000 }, (_, k) => `w${k}`).concat(['w1', 'é', 'e\u0301', '日本']);
    const index = listIndex(list);
    const plain = objectIndex(list);
    for (const word of list) assert.equal(index[word], plain[word], word);
    assert.equal(index['w1'], 5000);
    assert.equal(index['w5000'], undefined);
  });
});
