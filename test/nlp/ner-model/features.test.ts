import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NerDocContext } from '../../../src/nlp/ner/model/doc-context.js';
import { observationFeatures } from '../../../src/nlp/ner/model/features.js';
import { Gazetteer } from '../../../src/nlp/ner/model/gazetteer.js';
import { casing, longShape, shortShape } from '../../../src/nlp/ner/model/shape.js';
import { viewSentence } from '../../../src/nlp/ner/model/sentence-view.js';

test('word shapes', () => {
  const cases: [string, string, string][] = [
    ['Washington', 'Xxxxx', 'Xx'],
    ['NATO', 'XXXX', 'X'],
    ['1996-08-22', 'dddd-dd-dd', 'd-d-d'],
    ['U.S.', 'X.X.', 'X.X.'],
    ["O'Brien", "X'Xxxxx", "X'Xx"],
    ['McCague', 'XxXxxxx', 'XxXx'],
    ['said', 'xxxx', 'x'],
  ];
  for (const [word, long, short] of cases) {
    assert.equal(longShape(word), long, word);
    assert.equal(shortShape(word), short, word);
  }
});

test('casing classes', () => {
  const cases: [string, ReturnType<typeof casing>][] = [
    ['Putin', 'title'],
    ['NATO', 'upper'],
    ['A', 'title'],
    ['iPhone', 'mixed'],
    ['McCague', 'mixed'],
    ['said', 'lower'],
    ['1996', 'none'],
    [',', 'none'],
  ];
  for (const [word, expected] of cases) assert.equal(casing(word), expected, word);
});

const gazetteer = new Gazetteer({ CITY: ['New York', 'York', 'Paris'], FIRSTNAME: ['Paris', 'John'] });

test('gazetteer: longest match per category, case-insensitive, BILU positions', () => {
  const matches = gazetteer.match(['flights', 'to', 'new', 'york', 'and', 'paris']);
  assert.deepEqual(matches, [[], [], ['CITY:B'], ['CITY:L'], [], ['CITY:U', 'FIRSTNAME:U']]);
});

test('gazetteer: no match for words not in any list', () => {
  assert.deepEqual(gazetteer.match(['newark', 'yorkshire']), [[], []]);
});

function featuresOf(words: string[], i: number, doc = new NerDocContext([words])): string[] {
  const out: string[] = [];
  observationFeatures(viewSentence(words, gazetteer), i, doc, out);
  return out;
}

test('observation features: word, affixes, context window, shapes, gazetteer', () => {
  const f = featuresOf(['Mayor', 'John', 'Smith', 'said'], 1);
  for (const expected of ['w=John', 'l=john', 'p2=jo', 's3=ohn', 'l-1=mayor', 'l+1=smith', 'l+2=said'])
    assert.ok(f.includes(expected), expected);
  for (const expected of ['l-2=<s>', 'ss=Xx', 'g=FIRSTNAME:U', 'init=ntitle'])
    assert.ok(f.includes(expected), expected);
  assert.ok(!f.some((x) => x.startsWith('p4=')), 'no 4-prefix for a 4-letter word');
  assert.ok(!f.some((x) => x.startsWith('g-1=')), 'no gazetteer feature for a neighbour not in a list');
});

test('observation features: ALL-CAPS sentences get their own shape features', () => {
  const f = featuresOf(['PUTIN', 'MEETS', 'TRUMP'], 0);
  assert.ok(f.includes('ss=Xupper'));
  assert.ok(!f.includes('ss=X'));
});

test('document context: a headline word is known to be capitalised elsewhere', () => {
  const headline = ['RUSSIA', 'WARNS', 'NATO'];
  const body = ['The', 'talks', 'with', 'Russia', 'and', 'the', 'warns', 'list'];
  const doc = new NerDocContext([headline, body]);
  assert.equal(doc.elsewhere('russia', undefined), 'C');
  assert.equal(doc.elsewhere('warns', undefined), 'l');
  assert.equal(doc.elsewhere('nato', undefined), '-');
  // A mention does not count as its own evidence.
  assert.equal(doc.elsewhere('russia', 'cap'), '-');
  const features = featuresOf(headline, 0, doc);
  assert.ok(features.includes('doc=CupperIupper'));
});

test('document context: prediction history reports the majority type so far', () => {
  const doc = new NerDocContext([]);
  assert.equal(doc.historyType('rotor'), undefined);
  doc.record('rotor', 'ORG');
  doc.record('rotor', 'ORG');
  doc.record('rotor', 'PER');
  assert.equal(doc.historyType('rotor'), 'ORG');
});
