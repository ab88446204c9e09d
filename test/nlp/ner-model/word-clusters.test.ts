/**
 * Word-cluster features (word-clusters.ts, features.ts): a word the table knows gets its cluster ids at
 * every level plus the middle one with its casing; its neighbours see its middle id; unknown words none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NerDocContext } from '../../../src/nlp/ner/model/doc-context.js';
import { observationFeatures } from '../../../src/nlp/ner/model/features.js';
import { Gazetteer } from '../../../src/nlp/ner/model/gazetteer.js';
import { viewSentence } from '../../../src/nlp/ner/model/sentence-view.js';
import {
  loadWordClusterTable,
  sortWordClusterTable,
  WordClusters,
} from '../../../src/nlp/ner/model/word-clusters.js';

const clusters = new WordClusters(sortWordClusterTable('smith\t3\t40\t900\nsaid\t7\t12\t5'));
const gazetteer = new Gazetteer({});

function featuresOf(words: string[], i: number, withClusters = clusters): string[] {
  const out: string[] = [];
  observationFeatures(viewSentence(words, gazetteer, withClusters), i, new NerDocContext([words]), out);
  return out.filter((f) => /^c(c|\d|[+-]1)=/.test(f));
}

test('a known word: ids at every level, the middle one with casing, neighbours by their middle id', () => {
  assert.deepEqual(featuresOf(['Mr', 'Smith', 'said'], 1), [
    'c0=3',
    'c1=40',
    'c2=900',
    'cc=40title',
    'c+1=12',
  ]);
});

test('an unknown word gets only its known neighbours; lookups ignore case', () => {
  assert.deepEqual(featuresOf(['SMITH', 'Jones', 'SAID'], 1), ['c-1=40', 'c+1=12']);
});

test('without a table there are no cluster features', () => {
  assert.deepEqual(featuresOf(['Mr', 'Smith', 'said'], 1, new WordClusters(undefined)), []);
});

test('the shipped table: every row a word and three ids', () => {
  const rows = loadWordClusterTable().split('\n');
  assert.ok(rows.length > 10_000, `${rows.length} rows`);
  for (const row of rows) assert.match(row, /^\S+\t\d+\t\d+\t\d+$/);
});

test('lookups in the stored text find every word of the shipped table, and no prefix or neighbour', () => {
  const table = loadWordClusterTable();
  const lookups = new WordClusters(table);
  for (const row of table.split('\n')) {
    const [word, ...ids] = row.split('\t');
    assert.deepEqual(lookups.of(word!), ids, word);
    assert.equal(lookups.of(`${word!}\u0000`), undefined);
  }
  assert.equal(lookups.of(''), undefined);
  assert.equal(lookups.of('zzzzzzzzzz'), undefined);
});

test('sorting puts the rows in the code-unit order the search assumes, whatever order they came in', () => {
  const lookups = new WordClusters(sortWordClusterTable('b\t1\t1\t1\nB\t2\t2\t2\na\t3\t3\t3'));
  assert.deepEqual(lookups.of('b'), ['1', '1', '1']);
  assert.deepEqual(lookups.of('B'), ['2', '2', '2']);
  assert.deepEqual(lookups.of('a'), ['3', '3', '3']);
});
