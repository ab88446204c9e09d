/**
 * retypeThePlaces on hand-made candidates (the model's MISC for "Hague" is made here, so the rule is tested
 * whatever the shipped tagger says).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GazetteerEntry } from '../../src/geo/types.js';
import { retypeThePlaces } from '../../src/nlp/ner/refiners/the-places.js';
import type { NameCandidate, PlaceLookup, RecognizerInput } from '../../src/nlp/ner/types.js';
import { spaceTokens } from './helpers.js';

/**
 * Knows The Hague (a city of half a million) and The Village (a town of 9,000); like the real gazetteer it
 * finds "The Chechen" under another name (it folds a leading "the").
 */
const entries = new Map<string, GazetteerEntry>([
  [
    'the hague',
    { name: 'The Hague', featureClass: 'P.PPLG', lat: 52.08, lon: 4.3, population: 514_861, source: 'test' },
  ],
  [
    'the village',
    {
      name: 'The Village',
      featureClass: 'P.PPL',
      lat: 35.56,
      lon: -97.55,
      population: 8_929,
      source: 'test',
    },
  ],
]);
const gazetteer: PlaceLookup = {
  has: (name) => entries.has(name.toLowerCase()),
  lookup: (name) => {
    const e = entries.get(name.toLowerCase());
    return e ? [e] : [];
  },
};

/** The refined label of the words `first … end - 1` of `text`, proposed by the model as `modelType` MISC. */
function refined(text: string, first: number, end: number): string {
  const tokens = spaceTokens(text);
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const candidate: NameCandidate = {
    start,
    end: stop,
    text: text.slice(start, stop),
    sentence: 0,
    tokenStart: first,
    tokenEnd: end,
    rule: 'ner:model',
    modelType: 'MISC',
    label: 'MISC',
  };
  const input = { text, tokens, gazetteer } as unknown as RecognizerInput;
  const [out] = retypeThePlaces([candidate], input);
  return `${out!.text}/${out!.label}`;
}

describe('retypeThePlaces: a place named "The …" written after a lower-case "the"', () => {
  it('reads "Hague" of "the Hague tribunal", typed MISC, as the city', () => {
    assert.equal(refined('Karadzic was handed over to the Hague tribunal in 2008.', 6, 7), 'Hague/GPE');
  });

  it('must not make a place of a treaty named after the city', () => {
    const text = 'Both countries signed the Hague Convention on child abduction in 1980.';
    assert.equal(refined(text, 4, 6), 'Hague Convention/MISC');
  });

  it('must not read a capitalised "The" or a small town of that name as the place', () => {
    assert.equal(refined('The Hague tribunal opened its doors in 1993.', 1, 2), 'Hague/MISC');
    assert.equal(refined('Fans at the Village Vanguard cheered.', 3, 4), 'Village/MISC');
  });

  it("must not make a place of a people's word the gazetteer finds under another name", () => {
    assert.equal(refined('Russian troops fought the Chechen rebels for two years.', 4, 5), 'Chechen/MISC');
  });
});
