/**
 * Third round: counties the nlp stage calls people, places inside longer names (after "of", before an
 * office title, after a direction word), counties named without their county word, abbreviated county and
 * township words, letters that Unicode decomposition leaves whole, and curated regions and aliases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { State } from 'country-state-city';
import { foldName } from '../../src/geo/normalise.js';
import { admin1CodeTable } from '../../src/geo/sources/admin1.js';
import { placeFor, resolveMarked } from './helpers.js';

// marked text, mention text (|LABEL picks the mention itself), expected gazetteer name or '' for no place,
// and the expected feature class when it matters
const CASES: readonly [string, string, string, string?][] = [
  // a county's full name labelled PERSON
  ['[[Laurel County|PERSON]] approved the levy.', 'Laurel County|PERSON', 'Laurel County', 'A.ADM2'],
  ['Officials in [[Caddo Parish|PERSON]] agreed.', 'Caddo Parish|PERSON', 'Caddo Parish', 'A.ADM2'],
  // must not: a person whose surname is a county word, a county name that goes on ("… Sheriff")
  ['[[Jane Parish|PERSON]] said so.', 'Jane Parish|PERSON', ''],
  ['[[Henry County|PERSON]] Sheriff Bob Lee spoke.', 'Henry County|PERSON', ''],
  // the place at the start of an office's name, past a longer reading that ends in a generic word
  ['The [[Laurel County Fiscal Court|ORG]] met.', 'Laurel County', 'Laurel County', 'A.ADM2'],
  // must not: the generic word right after the place still makes a street
  ['[[Washington Drive Elementary|ORG]] closed.', 'Washington', ''],
  // …unless an office word follows it: the office of the place
  ['The [[Florida Highway Patrol|ORG]] closed the road.', 'Florida', 'Florida', 'A.ADM1'],
  // must not: an office word after a street's name does not undo the street
  ['The [[Washington Drive Council|ORG]] met.', 'Washington', ''],
  // the place after "of" at the end of an organisation's name
  ['The [[University of Cincinnati|ORG]] said so.', 'Cincinnati', 'Cincinnati'],
  ['The [[Bank of Canada|ORG]] cut rates.', 'Canada', 'Canada', 'A.PCLI'],
  // must not: small namesake towns, a newspaper's title
  ['The [[Chamber of Commerce|ORG]] met.', 'Commerce', ''],
  ['The [[Department of Justice|ORG]] sued.', 'Justice', ''],
  ['The [[Sun News of Myrtle Beach|ORG]] reported it.', 'Myrtle Beach', ''],
  // a PERSON mention that starts with a place and an office title, or with a county
  ['[[Houston Mayor Annise Parker|PERSON]] spoke.', 'Houston', 'Houston'],
  ['[[Anderson County Sheriff Greg Taylor|PERSON]] spoke.', 'Anderson County', 'Anderson County', 'A.ADM2'],
  // must not: a person named after a place, with no office word
  ['[[Washington Irving|PERSON]] wrote it.', 'Washington', ''],
  ['[[Dallas Clark|PERSON]] caught it.', 'Dallas', ''],
  // the place after a direction word the gazetteer does not know as a whole
  ['Storms hit [[Northeast Georgia|LOC]] near [[Atlanta|GPE]].', 'Georgia', 'Georgia', 'A.ADM1'],
  ['Rain fell on [[Western Pennsylvania|LOC]].', 'Pennsylvania', 'Pennsylvania', 'A.ADM1'],
  // must not: a name the gazetteer knows whole, a part that is no well-known place
  ['He moved to [[West Virginia|GPE]].', 'Virginia', ''],
  ['Shots were fired on the [[West Side|LOC]].', 'Side', ''],
  // a county named without its county word
  ['Deputies in [[Sarpy|GPE]] arrested him.', 'Sarpy', 'Sarpy County', 'A.ADM2'],
  ['Schools in [[Miami-Dade|GPE]] closed.', 'Miami-Dade', 'Miami-Dade County', 'A.ADM2'],
  // must not: a name that is neither a place nor a county
  ['He flew to [[Qwertzia|GPE]].', 'Qwertzia', ''],
  // "Co." for County
  ['[[Platte Co.|GPE]] deputies in [[Missouri|GPE]] said so.', 'Platte Co.', 'Platte County', 'A.ADM2'],
  // must not: a company's "Co."
  ['The [[Ford Motor Co.|ORG]] recalled cars.', 'Ford Motor Co.', ''],
  // must not: a storm's name and an Arabic or Spanish first word read as their namesake towns
  ['Survivors of [[Hurricane Katrina|ORG]] moved.', 'Hurricane', ''],
  ['Aid reached [[Abu Shok Camp|ORG]].', 'Abu', ''],
  // curated regions and aliases
  ['Ebola spread across [[West Africa|LOC]].', 'West Africa', 'West Africa', 'L.RGN'],
  ['Talks on the [[Near East|LOC]] resumed.', 'Near East', 'Middle East', 'L.RGN'],
  ['Tourists left [[Acapulco|GPE]].', 'Acapulco', 'Acapulco de Juárez'],
  ['Floods hit [[West Java|GPE]].', 'West Java', 'Jawa Barat', 'A.ADM1'],
  ['The quake struck near [[Dogubayazit|GPE]].', 'Dogubayazit', 'Doğubayazıt'],
  ['Storms crossed [[Lake Erie|LOC]].', 'Lake Erie', 'Lake Erie', 'H.LK'],
  // "X City" that GeoNames names "X": the town, not the province or strip of the same name
  ['Crowds gathered in [[Quebec City|GPE]].', 'Quebec City', 'Québec', 'P.PPLA'],
  ['Strikes hit [[Gaza City|GPE]].', 'Gaza City', 'Gaza', 'P.PPLA'],
  // must not: a city whose whole name is known keeps it
  ['Prices rose in [[Kansas City|GPE]], [[Missouri|GPE]].', 'Kansas City', 'Kansas City'],
  // "Twp." for Township: with no town of that name placed in the article, no guess
  ['Officials in [[Qwertz Twp.|GPE]] met.', 'Qwertz Twp.', ''],
];

describe('third round: places read inside and around other names', () => {
  for (const [marked, target, name, featureClass] of CASES) {
    it(`${target} in "${marked}" → ${name || 'no place'}`, () => {
      const doc = resolveMarked(marked);
      const [text, label] = target.split('|');
      const mention = label ? doc.mentions.find((m) => m.text === text && m.label === label) : undefined;
      const place = mention
        ? doc.places.find((p) => p.start === mention.start && p.end === mention.end)
        : placeFor(doc, text!);
      if (!name) return assert.equal(place, undefined, JSON.stringify(place));
      assert.ok(place, `no place for ${target}`);
      assert.equal(place.name, name);
      if (featureClass) assert.equal(place.featureClass, featureClass);
    });
  }

  it('names the rule that found each place inside a longer name', () => {
    const rules = [
      ['The [[University of Cincinnati|ORG]] said so.', 'geo:org-suffix:'],
      ['Storms hit [[Northeast Georgia|LOC]].', 'geo:direction-part:'],
      ['[[Houston Mayor Annise Parker|PERSON]] spoke.', 'geo:org-prefix:'],
      ['[[Laurel County|PERSON]] approved the levy.', 'geo:misread-name:'],
    ] as const;
    for (const [marked, rule] of rules) {
      const doc = resolveMarked(marked);
      assert.equal(doc.places.length, 1, marked);
      assert.ok(doc.places[0]!.rule.startsWith(rule), `${doc.places[0]!.rule} for ${marked}`);
      assert.equal(doc.places[0]!.text, doc.text.slice(doc.places[0]!.start, doc.places[0]!.end));
    }
  });

  it('caps the confidence of a vague region', () => {
    const p = placeFor(resolveMarked('Ebola spread across [[West Africa|LOC]].'), 'West Africa');
    assert.ok(p && p.confidence <= 0.3, String(p?.confidence));
  });
});

describe('cities placed in their state where GeoNames codes states otherwise', () => {
  it('reads "Ontario" next to Toronto as the province (Toronto is GeoNames CA.08, Ontario ON)', () => {
    const doc = resolveMarked('Hospitals in [[Toronto|GPE]] and across [[Ontario|GPE]] were told.');
    assert.equal(placeFor(doc, 'Toronto')?.admin1, 'Ontario');
    assert.equal(placeFor(doc, 'Ontario')?.featureClass, 'A.ADM1');
  });

  it('gives Australian cities their state', () => {
    const doc = resolveMarked('Fires spread near [[Sydney|GPE]].');
    assert.equal(placeFor(doc, 'Sydney')?.admin1, 'New South Wales');
  });

  it('reads every row of the code table as a state country-state-city knows', () => {
    const table = admin1CodeTable();
    assert.ok(table.size >= 20);
    for (const [key, iso] of table) {
      const country = key.slice(0, 2);
      const states = State.getStatesOfCountry(country).map((s) => s.isoCode);
      assert.ok(states.includes(iso), `${key} → ${iso}`);
    }
  });
});

describe('name folding of letters Unicode decomposition leaves whole', () => {
  const FOLDS: readonly [string, string][] = [
    ['Doğubayazıt', 'dogubayazit'],
    ['Tromsø', 'tromso'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    // unchanged: plain ASCII and ordinary accents
    ['New York', 'new york'],
    ['Élysée', 'elysee'],
  ];
  for (const [name, key] of FOLDS) it(`${name} → ${key}`, () => assert.equal(foldName(name), key));
});
