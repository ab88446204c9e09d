import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demonymCountry } from '../../src/geo/index.js';

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
