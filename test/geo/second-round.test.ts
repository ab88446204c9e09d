/**
 * Representative points of areas, places the nlp stage labels otherwise (PERSON/MISC namesakes, places at the
 * start of longer names, hyphenated pairs), lists of counties, and "Name, State" pairs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { followingAffix, pluralOf } from '../../src/geo/affixes.js';
import { km, placeFor, resolveMarked } from './helpers.js';

// The two conventions toponym benchmarks score against: GeoNames' point and the Wikipedia article's point.
// marked text, mention, [GeoNames lat, lon], [Wikipedia lat, lon]
const AREA_POINTS: readonly [string, string, [number, number], [number, number]][] = [
  ['Flights to [[China|GPE]] resumed.', 'China', [35, 105], [35, 103]],
  ['Aid reached [[Sudan|GPE]].', 'Sudan', [15, 30], [15, 32]],
  ['Polio returned to [[Nigeria|GPE]].', 'Nigeria', [10, 8], [8, 10]],
  ['Storms hit [[Japan|GPE]].', 'Japan', [36, 138], [35, 136]],
  ['Drought in [[Australia|GPE]] deepened.', 'Australia', [-25, 135], [-25, 133]],
  ['Cases rose across [[Africa|LOC]].', 'Africa', [7.1881, 21.0938], [7.1881, 21.0938]],
  ['Cases rose across [[Asia|LOC]].', 'Asia', [29.8406, 89.2969], [29.8406, 89.2969]],
  ['Ebola spread in [[DRC|GPE]].', 'DRC', [-2.5, 23.5], [-2.88, 23.65]],
  ['Snow fell across [[Ontario|GPE]] and [[Quebec|GPE]].', 'Ontario', [49.25, -84.5], [50, -85]],
];

describe('representative points of countries, states and continents', () => {
  for (const [marked, text, geonames, wikipedia] of AREA_POINTS) {
    it(`${text} lies within 161 km of both GeoNames' and Wikipedia's point`, () => {
      const p = placeFor(resolveMarked(marked), text);
      assert.ok(p, `no place for ${text}`);
      assert.ok(km(p.lat, p.lon, ...geonames) < 161, `${p.lat},${p.lon} vs GeoNames ${geonames}`);
      assert.ok(km(p.lat, p.lon, ...wikipedia) < 161, `${p.lat},${p.lon} vs Wikipedia ${wikipedia}`);
    });
  }

  it("puts New York State at the state's centre, not at New York City", () => {
    const p = placeFor(resolveMarked('[[Albany|GPE]] is the capital of [[New York|GPE]] State.'), 'New York');
    assert.equal(p?.featureClass, 'A.ADM1');
    assert.ok(km(p.lat, p.lon, 43.0, -75.5) < 50, `${p.lat},${p.lon}`);
  });

  it('reads "EU" as the European Union, not the French town of Eu', () => {
    const p = placeFor(resolveMarked('The [[EU|GPE]] agreed to the deal.'), 'EU');
    assert.equal(p?.name, 'European Union');
  });
});

// marked text, mention, expected name (and admin1 when given), or '' for no place
const MISLABELLED: readonly [string, string, string][] = [
  // one sense per article: the place is named as such elsewhere, its entity is that one name
  [
    '[[Mansfield|GPE]] council met. [[Mansfield|PERSON]] approved the budget. [[Mansfield|GPE]] police agreed.',
    'Mansfield|PERSON',
    'Mansfield',
  ],
  ['Snow fell on [[Fargo|GPE]]. Roads around [[Fargo|MISC]] closed.', 'Fargo|MISC', 'Fargo'],
  // a place at the start of a longer name the gazetteer does not know
  ['The [[West Virginia Division of Highways|LOC]] closed it.', 'West Virginia', 'West Virginia'],
  ['[[North Dakota Governor John Hoeven|LOC]] spoke.', 'North Dakota', 'North Dakota'],
  // twin cities and neighbouring counties written as one name
  ['Flooding in [[Fargo-Moorhead|LOC]] worsened.', 'Fargo', 'Fargo'],
  ['Flooding in [[Fargo-Moorhead|LOC]] worsened.', 'Moorhead', 'Moorhead'],
  // must not: no place named so elsewhere, another name follows, or the person's entity is longer
  ['[[Denver|PERSON]] scored twice.', 'Denver|PERSON', ''],
  ['[[Denver|GPE]] won. [[Denver|PERSON]] Broncos fans cheered.', 'Denver|PERSON', ''],
  // must not: the article calls the name a person as often as a place ("Obama" once GPE, twice PERSON)
  ['[[Obama|GPE]] aides met. [[Obama|PERSON]] spoke. [[Obama|PERSON]] left.', 'Obama|PERSON', ''],
  // must not: a street, a river, a valley, a township named after a place is not that place
  ['He lives on [[Washington Drive|LOC]].', 'Washington', ''],
  ['A body was found in [[Naugatuck River|LOC]].', 'Naugatuck', ''],
  ['A storm moved into the [[Las Vegas Valley|LOC]].', 'Las Vegas', ''],
  // must not: a newspaper's title, a parish's police jury
  ['The [[Los Angeles Times|ORG]] reported it.', 'Los Angeles', ''],
  ['The [[DeSoto Parish Police Jury|ORG]] met.', 'DeSoto', ''],
  // must not: parts that are no well-known place and are not named elsewhere
  ['The [[Anglo-Saxon|LOC]] hoard was found.', 'Saxon', ''],
];

describe('places the nlp stage labels otherwise or wraps in a longer name', () => {
  for (const [marked, target, name] of MISLABELLED) {
    it(`${target} in "${marked}" → ${name || 'no place'}`, () => {
      const doc = resolveMarked(marked);
      const [text, label] = target.split('|');
      const mention = label ? doc.mentions.find((m) => m.text === text && m.label === label) : undefined;
      const place = mention
        ? doc.places.find((p) => p.start === mention.start)
        : doc.places.find((p) => p.text === text);
      if (!name) return assert.equal(place, undefined, JSON.stringify(place));
      assert.ok(place, `no place for ${target}`);
      assert.equal(place.name, name);
    });
  }

  it('names the rule that read a PERSON mention or a hyphenated part as a place', () => {
    const doc = resolveMarked(
      '[[Mansfield|GPE]] council met. [[Mansfield|PERSON]] approved the budget. [[Mansfield|GPE]] agreed.',
    );
    assert.ok(doc.places.some((p) => p.rule.startsWith('geo:misread-name:')));
    const pair = resolveMarked('Flooding in [[Fargo-Moorhead|LOC]] worsened.');
    assert.ok(pair.places.every((p) => p.rule.startsWith('geo:compound-part:')));
  });
});

describe('lists of counties', () => {
  it('pluralises affix words', () => {
    assert.deepEqual(['county', 'parish', 'region'].map(pluralOf), ['counties', 'parishes', 'regions']);
  });

  // text after, text before, expected singular ('' = no list reading)
  const AFTER: readonly [string, string, string][] = [
    [' and Barrow counties in Georgia', '', 'county'],
    [', Henderson and Ellis counties.', 'in ', 'county'],
    [' counties - which', 'Jackson and ', 'county'],
    [' parishes', 'Caddo, ', 'parish'],
    // must not: "Indiana counties" are counties in Indiana; no plural; another word
    [' counties grew fastest', 'fastest-growing ', ''],
    [' and Barrow were sued', '', ''],
    [' and Barrow counted votes', '', ''],
  ];
  for (const [after, before, singular] of AFTER) {
    it(`"${before}|NAME|${after}" → ${singular || 'no list'}`, () => {
      assert.equal(followingAffix(after, before)?.singular ?? '', singular);
    });
  }

  it('reads each name of a list of counties as its county', () => {
    const doc = resolveMarked(
      'Enrollment slowed in [[Jackson|GPE]] and [[Barrow|GPE]] counties in [[Georgia|GPE]].',
    );
    const barrow = placeFor(doc, 'Barrow');
    assert.equal(barrow?.featureClass, 'A.ADM2');
    assert.equal(barrow.admin1, 'Georgia');
  });

  it('keeps a state before "counties" the state', () => {
    const doc = resolveMarked('Most [[Indiana|GPE]] counties grew.');
    assert.equal(placeFor(doc, 'Indiana')?.featureClass, 'A.ADM1');
  });

  it('lets the next word ask for a kind only when the name has one of that kind', () => {
    const doc = resolveMarked('The [[United States|GPE]] Department of Agriculture said so.');
    assert.equal(placeFor(doc, 'United States')?.featureClass, 'A.PCLI');
  });
});

describe('"Name, Container" pairs', () => {
  // marked text, mention, expected country, admin1 or feature class
  const PAIRS: readonly [string, string, string, string][] = [
    [
      'Firms from [[Toronto|GPE]], [[Ontario|GPE]], bid. [[Dublin|GPE]] and [[Cuyahoga Falls|GPE]] in [[Ohio|GPE]] too.',
      'Ontario',
      'CA',
      'A.ADM1',
    ],
    ['He grew up in [[Paris|GPE]], [[Texas|GPE]].', 'Paris', 'US', 'Texas'],
    ['He lives in [[London|GPE]], [[Ontario|GPE]].', 'London', 'CA', ''],
    // must not: without the pair, the famous reading stays
    ['He flew to [[Paris|GPE]], then home on Monday.', 'Paris', 'FR', ''],
    ['He flew from [[Paris|GPE]], [[France|GPE]], to [[Ohio|GPE]].', 'Paris', 'FR', ''],
  ];
  for (const [marked, text, country, where] of PAIRS) {
    it(`${text} in "${marked}" → ${country} ${where}`, () => {
      const p = placeFor(resolveMarked(marked), text);
      assert.equal(p?.country, country);
      if (where.startsWith('A.')) assert.equal(p.featureClass, where);
      else if (where) assert.equal(p.admin1, where);
    });
  }
});

describe('state abbreviations after "Town, "', () => {
  // text (no mentions marked except where given), abbreviation, expected state ('' = no place)
  const ROWS: readonly [string, string, string][] = [
    ['HAMMOND, Ind. (AP) The Indiana Department of Natural Resources said so.', 'Ind.', 'Indiana'],
    ['Finalists were Louisville, Ky., New Haven, Conn., and Surprise, Ariz.', 'Conn.', 'Connecticut'],
    ['The crash in Charleston, W.Va. closed the road.', 'W.Va.', 'West Virginia'],
    // must not: no "Town, " before it; a plain word; an abbreviation inside a longer word
    ['Boaters avoiding Ind. tax were fined.', 'Ind.', ''],
    ['Fans, Miss Smith said, cheered.', 'Miss', ''],
    ['Visitors, Mass.-based firms said, left early.', 'Mass.', ''],
  ];
  for (const [text, abbreviation, state] of ROWS) {
    it(`"${abbreviation}" in "${text}" → ${state || 'no place'}`, () => {
      const place = placeFor(resolveMarked(text), abbreviation);
      if (!state) return assert.equal(place, undefined, JSON.stringify(place));
      assert.equal(place?.name, state);
      assert.match(place.rule, /^geo:state-abbreviation:/);
    });
  }

  it('leaves an abbreviation the nlp stage already marked to its mention', () => {
    const doc = resolveMarked('SOUTH BEND, [[Ind.|GPE]] -- Police said so.');
    const places = doc.places.filter((p) => p.text === 'Ind.');
    assert.equal(places.length, 1);
    assert.doesNotMatch(places[0]!.rule, /state-abbreviation/);
  });
});

describe('MISC and ORG names that are places', () => {
  // marked text, mention, expected name or '' for no place
  const ROWS: readonly [string, string, string][] = [
    ['Schools in [[Rochester|MISC]] closed.', 'Rochester', 'Rochester'],
    ['[[Butler County|MISC]] deputies arrived.', 'Butler County', 'Butler County'],
    ['[[Europe|ORG]] must act, the minister said.', 'Europe', 'Europe'],
    // must not: a small town's name as MISC, a name followed by another capitalised word
    ['The [[Olympics|MISC]] opened.', 'Olympics', ''],
    ['[[Rochester|MISC]] Institute students marched.', 'Rochester', ''],
  ];
  for (const [marked, text, name] of ROWS) {
    it(`${text} in "${marked}" → ${name || 'no place'}`, () => {
      const place = placeFor(resolveMarked(marked), text);
      if (!name) return assert.equal(place, undefined, JSON.stringify(place));
      assert.equal(place?.name, name);
    });
  }
});

describe('capitals weigh by size, not by being capitals alone', () => {
  // marked text, mention, expected country, feature class
  const ROWS: readonly [string, string, string, string][] = [
    [
      'Flu cases rose in [[Victoria|GPE]], the state health minister of [[Australia|GPE]] said.',
      'Victoria',
      'AU',
      'A.ADM1',
    ],
    // must not: famous capitals keep their names
    ['He flew to [[Paris|GPE]] on Monday.', 'Paris', 'FR', 'P.PPLC'],
    ['Talks in [[Washington|GPE]] ended.', 'Washington', 'US', 'P.PPLC'],
    ['Protests spread in [[London|GPE]].', 'London', 'GB', 'P.PPLC'],
  ];
  for (const [marked, text, country, featureClass] of ROWS) {
    it(`${text} in "${marked}" → ${country} ${featureClass}`, () => {
      const p = placeFor(resolveMarked(marked), text);
      assert.equal(p?.country, country);
      assert.equal(p.featureClass, featureClass);
    });
  }
});
