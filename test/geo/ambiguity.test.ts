/** The same name, different places: the article's other places, demonyms and wording decide. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeFor, resolveMarked } from './helpers.js';

// marked text, the toponym to check, expected country, expected admin1 or feature class (prefix)
const CASES: readonly [string, string, string, string][] = [
  [
    '[[Paris|GPE]] police said the fire spread. Officials in [[Texas|GPE]] were alerted.',
    'Paris',
    'US',
    'Texas',
  ],
  ['Protests in [[Paris|GPE]] continued as unions marched.', 'Paris', 'FR', 'P.PPLC'],
  ['[[Paris|GPE]] welcomed the decision, [[France|GPE]]’s ministers said.', 'Paris', 'FR', 'P.PPLC'],
  [
    'The storm hit [[Georgia|GPE]] on Monday, flooding streets in [[Atlanta|GPE]].',
    'Georgia',
    'US',
    'Georgia',
  ],
  ['[[Georgia|GPE]] said talks in [[Tbilisi|GPE]] would resume.', 'Georgia', 'GE', 'A.PCLI'],
  ['[[Georgia|GPE]] and [[Russia|GPE]] fought a war in 2008.', 'Georgia', 'GE', 'A.PCLI'],
  ['Officials in [[Washington|GPE]] said the sanctions would stay.', 'Washington', 'US', 'P.PPLC'],
  [
    'Fires spread in [[Washington|GPE]], near [[Seattle|GPE]] and [[Spokane|GPE]].',
    'Washington',
    'US',
    'A.ADM1',
  ],
  ['[[Washington|GPE]] state lawmakers voted on Tuesday.', 'Washington', 'US', 'A.ADM1'],
  ['Fighting raged in the [[Donetsk|GPE]] region overnight.', 'Donetsk', 'UA', 'A.ADM1'],
  ['Shells hit the centre of [[Donetsk|GPE]] overnight.', 'Donetsk', 'UA', 'P.PPLA'],
  ['[[Moscow|GPE]] said the talks in [[Alaska|GPE]] would go ahead.', 'Moscow', 'RU', 'P.PPLC'],
  ['Students at the university in [[Moscow|GPE]], [[Idaho|GPE]], held a vigil.', 'Moscow', 'US', 'Idaho'],
  ['The rally in [[Lebanon|GPE]], [[Pennsylvania|GPE]], drew thousands.', 'Lebanon', 'US', 'Pennsylvania'],
  ['Israeli strikes hit southern [[Lebanon|GPE]] on Sunday.', 'Lebanon', 'LB', 'A.PCLI'],
  ['[[Anchorage|GPE]] residents lined the roads.', 'Anchorage', 'US', 'Alaska'],
  [
    '[[Springfield|GPE]] police said the suspect was held in [[Illinois|GPE]].',
    'Springfield',
    'US',
    'Illinois',
  ],
  [
    '[[Vladimir Putin|PERSON|RU]] travelled to the [[Pacific Coast|LOC]] by car.',
    'Pacific Coast',
    'RU',
    'L.RGN',
  ],
  [
    '[[American|NORP]] surfers flocked to the [[Pacific Coast|LOC]] this summer.',
    'Pacific Coast',
    'US',
    'L.RGN',
  ],
];

describe('ambiguous names resolve by context', () => {
  for (const [marked, name, country, detail] of CASES) {
    it(`${marked.replace(/\[\[([^|\]]+)\|[^\]]+\]\]/g, '$1')} → ${name}: ${country} ${detail}`, () => {
      const doc = resolveMarked(marked);
      const place = placeFor(doc, name);
      assert.ok(place, `${name} resolved`);
      assert.equal(place.country, country, JSON.stringify(place));
      const matches = detail.includes('.') ? place.featureClass?.startsWith(detail) : place.admin1 === detail;
      assert.ok(matches, `expected ${detail}: ${JSON.stringify(place)}`);
    });
  }

  it('gives every mention of a name the same place (one sense per article)', () => {
    const doc = resolveMarked(
      '[[Paris|GPE]] was quiet. Ranchers across [[Texas|GPE]] waited. Later [[Paris|GPE]] police spoke.',
    );
    const paris = doc.places.filter((p) => p.text === 'Paris');
    assert.equal(paris.length, 2);
    assert.deepEqual(
      paris.map((p) => [p.name, p.country, p.admin1]),
      [
        ['Paris', 'US', 'Texas'],
        ['Paris', 'US', 'Texas'],
      ],
    );
  });

  it('says when context overturned the prior, and is less sure then', () => {
    const doc = resolveMarked(
      '[[Paris|GPE]] police said the fire spread. Officials in [[Texas|GPE]] were alerted.',
    );
    const paris = placeFor(doc, 'Paris')!;
    assert.match(paris.rule, /:context$/);
    assert.ok(paris.confidence < placeFor(doc, 'Texas')!.confidence);
  });

  it('keeps vague and ambiguous features at low confidence', () => {
    const doc = resolveMarked(
      'Ships sailed along the [[Pacific Coast|LOC]] and into the [[Middle East|LOC]].',
    );
    assert.ok(placeFor(doc, 'Pacific Coast')!.confidence <= 0.3);
    assert.ok(placeFor(doc, 'Middle East')!.confidence <= 0.3);
  });
});
