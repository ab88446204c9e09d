/** US counties, ORG mentions read as places, and coherence between the readings of a local article's names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coherenceBonus, topReadings } from '../../src/geo/coherence.js';
import { findToponyms } from '../../src/geo/toponyms.js';
import { gazetteerOf } from '../../src/geo/index.js';
import { placeFor, resolveMarked, sharedContext } from './helpers.js';
import { markedDoc } from './marked-doc.js';

// marked text, mention, expected country, admin1 ('' = any), feature class ('' = no place expected)
const TABLE: readonly [string, string, string, string, string][] = [
  ['The burn ban in [[Laurel County|GPE]] was lifted.', 'Laurel County', 'US', 'Kentucky', 'A.ADM2'],
  ['Deputies in [[Caddo Parish|GPE]] made an arrest.', 'Caddo Parish', 'US', 'Louisiana', 'A.ADM2'],
  ['[[Kanawha County|GPE]] schools closed early.', 'Kanawha County', 'US', 'West Virginia', 'A.ADM2'],
  // towns under 1,000 people, known from the postal codes only
  ['Deputies searched [[Lanexa|GPE]] overnight.', 'Lanexa', 'US', 'Virginia', 'P.PPLL'],
  ['[[Harwinton|GPE]] voters approved the budget.', 'Harwinton', 'US', 'Connecticut', 'P.PPLL'],
  // an abbreviated first word ("St." for GeoNames' "Saint")
  ['The fair opened in [[St. Paris|GPE]] on Friday.', 'St. Paris', 'US', 'Ohio', 'P.'],
  // ORG mentions that are well-known places
  ['[[Texas|ORG]] sued the agency on Monday.', 'Texas', 'US', 'Texas', 'A.ADM1'],
  ['The [[Tarrant County|ORG]] medical examiner named him.', 'Tarrant County', 'US', 'Texas', 'A.ADM2'],
  // ORG mentions that stay organisations: a name follows, a small town's name is a brand, a building
  ['[[Texas|ORG]] Instruments raised its forecast.', 'Texas', '', '', ''],
  ['The [[White House|ORG]] declined to comment.', 'White House', '', '', ''],
  ['[[Ford|ORG]] cut jobs in Michigan.', 'Ford', '', '', ''],
];

describe('local places: counties, ORG names, coherence', () => {
  for (const [marked, text, country, admin1, featureClass] of TABLE) {
    it(`${text} in "${marked}" → ${featureClass ? `${admin1 || country} ${featureClass}` : 'no place'}`, () => {
      const place = placeFor(resolveMarked(marked), text);
      if (!featureClass) return assert.equal(place, undefined, JSON.stringify(place));
      assert.ok(place, `no place for ${text}`);
      assert.equal(place.country, country);
      if (admin1) assert.equal(place.admin1, admin1);
      assert.ok(place.featureClass?.startsWith(featureClass), place.featureClass);
    });
  }

  it('does not read a bare name as its county ("Walker" is no Walker County)', () => {
    const place = placeFor(resolveMarked('He moved to [[Walker|GPE]] last year.'), 'Walker');
    assert.notEqual(place?.featureClass, 'A.ADM2');
  });

  it('marks an ORG mention read as a place in its rule', () => {
    const place = placeFor(resolveMarked('[[Texas|ORG]] sued the agency on Monday.'), 'Texas');
    assert.match(place?.rule ?? '', /^geo:org-name:/);
  });
});

describe('coherence between readings', () => {
  const doc = markedDoc('The ban on [[Walker County|GPE]] ended, and [[Huntsville|GPE]] fire crews agreed.');
  const { groups } = findToponyms(doc, gazetteerOf(sharedContext()));
  const readings = topReadings(groups);
  const huntsville = groups.find((g) => g.key === 'huntsville')!;
  const inState = (admin1: string) => huntsville.candidates.find((c) => c.entry.admin1 === admin1)!;

  it('gives the Huntsville next to a Walker County a bonus', () => {
    assert.ok(coherenceBonus(huntsville, inState('Texas'), readings) > 0);
  });
  it('gives none to a Huntsville with no Walker County within reach', () => {
    assert.equal(coherenceBonus(huntsville, inState('Alabama'), readings), 0);
  });
});

describe('places at the start of an organisation name', () => {
  // marked text, expected place text and admin1 ('' = no place inside the name)
  const CASES: readonly [string, string, string][] = [
    ['[[Walker County Sheriff’s Office|ORG]] deputies arrived.', 'Walker County', ''],
    ['[[Texas Department of Health|ORG]] issued a warning.', 'Texas', 'Texas'],
    ['[[Tarrant County Medical Examiner|ORG]] named the teen.', 'Tarrant County', 'Texas'],
    ['[[University Medical Center|ORG]] treated him.', '', ''],
    ['[[The Atlanta Journal|ORG]] reported it.', '', ''],
    ['[[Toyota Motor Corp.|ORG]] recalled cars.', '', ''],
  ];
  for (const [marked, text, admin1] of CASES) {
    it(`${marked} → ${text || 'no place'}`, () => {
      const places = resolveMarked(marked).places;
      if (!text) return assert.deepEqual(places, []);
      const place = placeFor(resolveMarked(marked), text);
      assert.ok(place, JSON.stringify(places));
      assert.equal(place.rule.startsWith('geo:org-prefix:'), true);
      assert.equal(place.entity, undefined);
      if (admin1) assert.equal(place.admin1, admin1);
    });
  }
});
