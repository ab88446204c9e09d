import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNerModel, spansFromTags } from '../../../src/nlp/ner/model/index.js';

// The shipped model (models/ner-conll-perceptron.bin.gz, from `npm run train:ner`).
const model = loadNerModel();

function entities(sentence: string, tags?: string[]): string[] {
  const tokens = sentence.split(' ');
  const out = tags ?? model.tag(tokens);
  assert.equal(out.length, tokens.length);
  return spansFromTags(out).map((s) => tokens.slice(s.start, s.end).join(' ') + '/' + s.type);
}

test('ordinary news sentences', () => {
  const cases: [string, string[]][] = [
    [
      'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday .',
      ['German/MISC', 'Angela Merkel/PER', 'French/MISC', 'Emmanuel Macron/PER', 'Berlin/LOC'],
    ],
    [
      'Shares of Microsoft rose 3 percent in New York , Reuters reported .',
      ['Microsoft/ORG', 'New York/LOC', 'Reuters/ORG'],
    ],
    [
      'The United Nations Security Council will meet in Geneva .',
      ['United Nations Security Council/ORG', 'Geneva/LOC'],
    ],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(entities(sentence), expected, sentence);
});

test('sentences without names get no entities', () => {
  for (const sentence of [
    'The talks ended on Friday without an agreement .',
    'Prices rose by 5 percent last year .',
  ])
    assert.deepEqual(entities(sentence), [], sentence);
});

test('ALL-CAPS headline', () => {
  assert.deepEqual(entities('RUSSIA AND CHINA SIGN GAS DEAL IN BEIJING'), [
    'RUSSIA/LOC',
    'CHINA/LOC',
    'BEIJING/LOC',
  ]);
});

test('lower-case text still finds well-known names', () => {
  assert.deepEqual(entities('angela merkel met emmanuel macron in paris .'), [
    'angela merkel/PER',
    'emmanuel macron/PER',
    'paris/LOC',
  ]);
  const found = entities('a spokesman for the european commission said the deal was signed in brussels .');
  assert.ok(found.includes('brussels/LOC'), found.join('; '));
  assert.ok(!found.some((e) => e.startsWith('spokesman') || e.startsWith('deal')), found.join('; '));
});

test('document context: a headline name is resolved by the body', () => {
  const headline = 'KOWALCZYK WINS IN OSLO'.split(' ');
  const body = 'Polish skier Justyna Kowalczyk won the race in Oslo on Sunday , Kowalczyk said .'.split(' ');
  const [tags] = model.tagDocument([headline, body]);
  assert.deepEqual(entities(headline.join(' '), tags), ['KOWALCZYK/PER', 'OSLO/LOC']);
});

test('empty input and odd tokens do not throw', () => {
  assert.deepEqual(model.tag([]), []);
  assert.equal(model.tag(['', '\u00a0', '🙂', '—']).length, 4);
});
