import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demonymCountry } from '../../src/geo/index.js';
import { resolveDoc } from './helpers.js';
import { markedDoc } from './marked-doc.js';

const TABLE: readonly [string, string | undefined][] = [
  ['Russian', 'RU'],
  ['Russians', 'RU'],
  ['Ukrainian', 'UA'],
  ['ukrainians', 'UA'],
  ['American', 'US'],
  ['British', 'GB'],
  ['South Korean', 'KR'],
  ['North Koreans', 'KP'],
  ['Frenchmen', 'FR'],
  ['Filipino', 'PH'],
  ['Soviet', 'SU'],
  ['Israeli', 'IL'],
  ['Palestinians', 'PS'],
  // not demonyms
  ['Russia', undefined],
  ['Paris', undefined],
  ['Trump', undefined],
  ['', undefined],
  ['s', undefined],
];

describe('demonymCountry', () => {
  for (const [word, country] of TABLE) {
    it(`${word || '(empty)'} → ${country ?? 'nothing'}`, () => assert.equal(demonymCountry(word), country));
  }
});

describe('a demonym marked GPE from outside the nlp stage resolves to its country', () => {
  // text, rule of the GPE mention, expected country ('' = no place)
  const CASES: readonly [string, string, string][] = [
    ['Georgian', 'bench:gold-span', 'GE'],
    ['Palestinians', 'annotation', 'PS'],
    ['American', 'annotation', 'US'],
    ['Georgian', 'ner:model', ''], // the nlp stage calling a demonym GPE is a slip, not a place
    ['American', 'alias:role', ''],
  ];
  for (const [word, rule, country] of CASES) {
    it(`${word} (${rule}) → ${country || 'no place'}`, () => {
      const doc = markedDoc(`The [[${word}|GPE]] side said so.`);
      doc.mentions = doc.mentions.map((m) => ({ ...m, rule }));
      const place = resolveDoc(doc).places.find((p) => p.text === word);
      assert.equal(place?.country ?? '', country);
      if (place) assert.equal(place.featureClass, 'A.PCLI');
    });
  }
});

describe('a regional or continental demonym marked GPE from outside the nlp stage resolves to its place', () => {
  // text, rule of the GPE mention, expected place name ('' = no place), country
  const CASES: readonly [string, string, string, string][] = [
    ['Abkhaz', 'bench:gold-span', 'Abkhazia', 'GE'],
    ['Ohioans', 'annotation', 'Ohio', 'US'],
    ['Texan', 'annotation', 'Texas', 'US'],
    ['European', 'annotation', 'Europe', ''],
    ['Ontarians', 'annotation', 'Ontario', 'CA'],
    // must not: the nlp stage calling a demonym GPE is a slip, not a place
    ['Ohioans', 'ner:model', '', ''],
    ['Texan', 'ner:model', '', ''],
  ];
  for (const [word, rule, name, country] of CASES) {
    it(`${word} (${rule}) → ${name || 'no place'}`, () => {
      const doc = markedDoc(`The [[${word}|GPE]] side said so.`);
      doc.mentions = doc.mentions.map((m) => ({ ...m, rule }));
      const place = resolveDoc(doc).places.find((p) => p.text === word);
      if (!name) return assert.equal(place, undefined, JSON.stringify(place));
      assert.ok(place, `no place for ${word}`);
      assert.ok(place.name.includes(name), place.name);
      assert.equal(place.country ?? '', country);
    });
  }

  it('leaves the country table for NORP clues unchanged ("Abkhaz" still points at Georgia)', () => {
    assert.equal(demonymCountry('Abkhaz'), 'GE');
  });
});
