import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from '../../src/geo/index.js';
import { readTsv } from '../../src/util/tsv.js';
import { dataFile } from '../../src/util/paths.js';

const started = performance.now();
const { gazetteer, problems } = buildGazetteer();
const loadMs = performance.now() - started;

describe('gazetteer', () => {
  it(`loads every source (${gazetteer.size} entries in ${Math.round(loadMs)} ms)`, () => {
    assert.ok(gazetteer.size > 135_000, `${gazetteer.size} entries`);
    assert.ok(gazetteer.country('US') && gazetteer.country('ua'), 'countries by ISO code');
  });

  it('finds the target of every alias row', () => assert.deepEqual(problems, []));

  const known = [
    'Anchorage',
    'anchorage',
    'U.S.',
    'US',
    'United States of America',
    'Kyiv',
    'Kiev',
    'Arkhangelsk',
  ];
  const knownToo = [
    'The Hague',
    'the hague',
    'Hague',
    'Côte d’Ivoire',
    'Cote dIvoire',
    'Ivory Coast',
    'Barents Sea',
  ];
  for (const name of [...known, ...knownToo]) {
    it(`has("${name}")`, () => assert.ok(gazetteer.has(name)));
  }
  for (const name of ['Narnia', 'Trumpville Xq', '', 'Vladimir Putin', 'Friday']) {
    it(`not has("${name}")`, () => assert.equal(gazetteer.has(name), false));
  }

  it('answers has() for known and unknown names alike (its speed is measured in the throughput bench)', () => {
    assert.equal(gazetteer.has('Anchorage'), true);
    assert.equal(gazetteer.has('Nowhere at all'), false);
  });

  it('looks names up case- and diacritic-insensitively', () => {
    const names = gazetteer.lookup('ELYSEE PALACE').map((e) => e.name);
    assert.ok(names.includes('Elysee Palace'), names.join());
    assert.ok(gazetteer.lookup('Zaporizhzhia').some((e) => e.country === 'UA'));
  });

  it('names a US city’s state, and leaves admin1 empty where codes differ rather than guess', () => {
    const anchorage = gazetteer.lookup('Anchorage').find((e) => e.population > 100_000)!;
    assert.equal(anchorage.admin1, 'Alaska');
    const arkhangelsk = gazetteer.lookup('Arkhangelsk').find((e) => e.featureClass.startsWith('P.'));
    assert.equal(arkhangelsk?.admin1, undefined);
  });
});

describe('curated table', () => {
  const rows = readTsv(dataFile('geo', 'curated.tsv'));
  const required = [
    'Barents Sea',
    'Black Sea',
    'Baltic Sea',
    'Mediterranean Sea',
    'Red Sea',
    'South China Sea',
    'Pacific Ocean',
    'Atlantic Ocean',
    'Indian Ocean',
    'Arctic Ocean',
    'Novaya Zemlya',
    'Pankovo',
    'Elmendorf Air Force Base',
    'Donbas',
    'Donetsk Oblast',
    'Crimea',
    'Gaza Strip',
    'West Bank',
    'Kashmir',
    'Siberia',
    'Pacific Coast',
    'Persian Gulf',
    'Strait of Hormuz',
    'Taiwan Strait',
    'Sahel',
    'Balkans',
    'Caucasus',
    'Middle East',
  ];
  it('has the places the brief asks for', () => {
    const names = new Set(rows.map((r) => r['name']));
    assert.deepEqual(
      required.filter((n) => !names.has(n)),
      [],
    );
  });
  it('has well-formed rows with a source', () => {
    for (const r of rows) {
      const lat = Number(r['lat']);
      const lon = Number(r['lon']);
      assert.ok(Number.isFinite(lat) && lat >= -90 && lat <= 90, `${r['name']} lat`);
      assert.ok(Number.isFinite(lon) && lon >= -180 && lon <= 180, `${r['name']} lon`);
      assert.match(r['country']!, /^([A-Z]{2})?$/, `${r['name']} country`);
      assert.match(r['featureClass']!, /^[AHLPRSTUV]\.[A-Z0-9]+$/, `${r['name']} feature class`);
      assert.ok(r['source'], `${r['name']} source`);
      if (r['maxConfidence']) assert.ok(Number(r['maxConfidence']) > 0 && Number(r['maxConfidence']) <= 1);
    }
  });
});
