/**
 * Issue 12, places: names that must not be geocoded, and namesakes a national article must not pick, each in
 * the shape of a news sentence (written for these tests, not taken from an article).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { km, placeFor, resolveMarked } from './helpers.js';

describe('a capitalised word describing the noun after it is no place', () => {
  // marked text, the word that must get no Place
  const CASES: readonly [string, string][] = [
    ['The president toured a [[Marine|GPE]] base near [[San Diego|GPE]] on Friday.', 'Marine'],
    ['Two [[Patriot|GPE]] missile batteries were moved to [[Poland|GPE]].', 'Patriot'],
    ['[[Federal|GPE]] agents raided offices in [[Buenos Aires|GPE]].', 'Federal'],
  ];
  for (const [marked, name] of CASES)
    it(marked, () => assert.equal(placeFor(resolveMarked(marked), name), undefined));

  it('keeps the town when its state follows after a comma (must-not-match)', () => {
    const doc = resolveMarked('Floods closed roads in [[Marine|GPE]], [[Ill.|GPE]], on Monday.');
    assert.equal(placeFor(doc, 'Marine')?.admin1, 'Illinois');
  });
});

describe('an ocean or sea name is the water, never a town named after it', () => {
  it('reads "the Pacific" as the ocean in an article about Missouri', () => {
    const doc = resolveMarked(
      'Storms battered islands across the [[Pacific|LOC]]. Farmers in [[Missouri|GPE]] and factories in ' +
        '[[St. Louis|GPE]] felt the price rise.',
    );
    assert.equal(placeFor(doc, 'Pacific')?.featureClass, 'H.OCN');
  });

  it('keeps the town written with its state (must-not-match)', () => {
    const doc = resolveMarked('A fire broke out in [[Pacific|GPE]], [[Mo.|GPE]], on Sunday.');
    assert.equal(placeFor(doc, 'Pacific')?.admin1, 'Missouri');
  });
});

describe('a small town does not beat a far larger namesake on a state mention alone', () => {
  // marked text, toponym, expected country, expected admin1 ('' = none)
  const CASES: readonly [string, string, string, string][] = [
    [
      'Leaders met in [[Paris|GPE]] to sign the climate accord. Coal miners in [[Kentucky|GPE]] and ' +
        '[[West Virginia|GPE]] objected, and so did farmers in [[Iowa|GPE]] and [[California|GPE]].',
      'Paris',
      'FR',
      '',
    ],
    [
      'The first debate was held in [[Cleveland|GPE]] last year. Donors in [[Houston|GPE]] and ' +
        '[[Chicago|GPE]] gave money; voters in [[Michigan|GPE]] and [[New York|GPE]] waited.',
      'Cleveland',
      'US',
      'Ohio',
    ],
    [
      'He spoke to donors in [[Philadelphia|GPE]] on Monday. Polls in [[New York|GPE]], [[Ohio|GPE]] and ' +
        '[[Florida|GPE]] tightened.',
      'Philadelphia',
      'US',
      'Pennsylvania',
    ],
    // must-not-match: the state written next to the town, a local article whose places lie in its state, and a
    // town next to one of the article's cities (a neighbourhood of it)
    [
      'A bomb went off in [[Chelsea|GPE]] on Saturday night. [[New York City|GPE]] police searched the area; ' +
        'officers in [[New Jersey|GPE]] and [[Minnesota|GPE]] looked into two other attacks.',
      'Chelsea',
      'US',
      'New York',
    ],
    [
      'Voters in [[Paris|GPE]], [[Ky.|GPE]], queued early. Turnout in [[Iowa|GPE]] and [[Ohio|GPE]] was low.',
      'Paris',
      'US',
      'Kentucky',
    ],
    [
      '[[Dublin|GPE]] police said the fire spread. Crews from [[Columbus|GPE]] and [[Hilliard|GPE]] helped, ' +
        'and the [[Ohio|GPE]] fire marshal came.',
      'Dublin',
      'US',
      'Ohio',
    ],
  ];
  for (const [marked, name, country, admin1] of CASES)
    it(`${name}: ${marked.slice(0, 60)}…`, () => {
      const place = placeFor(resolveMarked(marked), name);
      assert.equal(place?.country, country, JSON.stringify(place));
      assert.equal(place.admin1 ?? '', admin1);
    });
});

describe('a dateline in capitals names the city the story was filed from', () => {
  const DC = [38.895, -77.036] as const;

  it('reads "WASHINGTON —" as the capital though the story names states', () => {
    const doc = resolveMarked(
      '[[WASHINGTON|GPE]] — The Senate voted on Tuesday. Governors of [[Ohio|GPE]], [[Iowa|GPE]] and ' +
        '[[Oregon|GPE]] objected.',
    );
    const place = placeFor(doc, 'WASHINGTON')!;
    assert.ok(km(place.lat, place.lon, ...DC) < 161, JSON.stringify(place));
  });

  it('reads "WASHINGTON (AP) --" after a headline line the same way', () => {
    const doc = resolveMarked(
      'Senate passes budget\n\n[[WASHINGTON|GPE]] (AP) -- Lawmakers from [[Ohio|GPE]] and [[Iowa|GPE]] ' +
        'agreed.',
    );
    const place = placeFor(doc, 'WASHINGTON')!;
    assert.ok(km(place.lat, place.lon, ...DC) < 161, JSON.stringify(place));
  });

  it('leaves the state where it is no dateline (must-not-match)', () => {
    const doc = resolveMarked(
      'Apple growers in [[Washington|GPE]] and [[Oregon|GPE]] said exports fell. [[WASHINGTON|GPE]] ' +
        'STATE growers agreed.',
    );
    assert.equal(placeFor(doc, 'Washington')?.featureClass, 'A.ADM1');
  });
});

describe('an initialism with periods is never a town spelt like its letters', () => {
  it('reads "U.S." as the United States in an article about France', () => {
    const doc = resolveMarked(
      '[[U.S.|GPE]] diplomats met the mayor of [[Paris|GPE]], then toured [[Versailles|GPE]], ' +
        '[[Pontoise|GPE]] and [[Cergy|GPE]] in [[France|GPE]].',
    );
    assert.equal(placeFor(doc, 'U.S.')?.country, 'US');
  });
});
