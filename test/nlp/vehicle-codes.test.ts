/** findVehicleCodes on space-split sentences with the shipped lexicon (no tagger involved). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { loadLexicon } from '../../src/nlp/lexicon/index.js';
import { findVehicleCodes } from '../../src/nlp/ner/finders/vehicle-codes.js';
import type { RecognizerInput } from '../../src/nlp/ner/types.js';
import { spaceTokens } from './helpers.js';

const lexicon = loadLexicon(createContext());

function found(text: string): string[] {
  const tokens = spaceTokens(text);
  const input = { text, tokens, lexicon } as unknown as RecognizerInput;
  return findVehicleCodes(input).map((c) => `${c.text}/${c.label}`);
}

describe('findVehicleCodes: aircraft model codes', () => {
  it('proposes a code followed by a craft noun or a craft verb as a PRODUCT', () => {
    assert.deepEqual(found('The carrier ordered 40 A380 superjumbos and its A321 jets were grounded.'), [
      'A380/PRODUCT',
      'A321/PRODUCT',
    ]);
    assert.deepEqual(found('An E190 crash-landed in Durango and the Q400 diverted to Shannon.'), [
      'E190/PRODUCT',
      'Q400/PRODUCT',
    ]);
  });

  it('must not propose a road, a flight number or a summit', () => {
    assert.deepEqual(found('The A303 was closed after a lorry crashed near Stonehenge.'), []);
    assert.deepEqual(found('Flight MH17 crashed over eastern Ukraine in 2014.'), []);
    assert.deepEqual(found('Leaders flew to the G20 summit and a B52 bomber flew over.'), []);
  });
});
