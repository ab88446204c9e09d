/**
 * The seed article (examples/seed-article.txt) with its toponyms, demonyms and leaders marked by hand, as the
 * nlp stage is expected to mark them (leaders carry their nationality attribute). Expectations written from
 * reading the article and an atlas, not from the resolver's output.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Doc, Place } from '../../src/doc/types.js';
import { km, resolveDoc } from './helpers.js';
import { docWithNames, type MentionSpec } from './marked-doc.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed-article.txt'), 'utf8');

const SPECS: readonly MentionSpec[] = [
  ...[
    'Alaska',
    'Anchorage',
    'Ukraine',
    'Russia',
    'Moscow',
    'US',
    'United States',
    'Soviet Union',
    'Hague',
  ].map((text) => ({ text, label: 'GPE' as const })),
  ...['Pacific Coast', 'Novaya Zemlya', 'Barents Sea', 'Donetsk region', 'Donbas', 'Crimea'].map((text) => ({
    text,
    label: 'LOC' as const,
  })),
  ...['White House', 'Elmendorf Air Force Base', 'Pankovo'].map((text) => ({ text, label: 'FAC' as const })),
  ...['Russian', 'Ukrainian', 'European', 'Western'].map((text) => ({ text, label: 'NORP' as const })),
  { text: 'Vladimir Putin', label: 'PERSON', country: 'RU' },
  { text: 'Donald Trump', label: 'PERSON', country: 'US' },
  { text: 'Volodymyr Zelensky', label: 'PERSON', country: 'UA' },
];

describe('seed article: places', () => {
  let doc: Doc;
  const place = (text: string): Place => {
    const found = doc.places.find((p) => p.text === text);
    assert.ok(found, `${text} placed; diagnostics: ${JSON.stringify(doc.diagnostics)}`);
    return found;
  };

  before(() => {
    doc = resolveDoc(docWithNames(seed, SPECS));
  });

  it('places every marked toponym, each span on its own text, and leaves no geo diagnostic', () => {
    const toponyms = doc.mentions.filter((m) => ['GPE', 'LOC', 'FAC'].includes(m.label));
    assert.ok(toponyms.length >= 40, `${toponyms.length} toponym mentions`);
    assert.equal(doc.places.length, toponyms.length);
    for (const p of doc.places) assert.equal(doc.text.slice(p.start, p.end), p.text);
    assert.deepEqual(doc.diagnostics, []);
  });

  it('resolves each name the same way throughout', () => {
    const byText = new Map<string, Set<string>>();
    for (const p of doc.places)
      byText.set(p.text, (byText.get(p.text) ?? new Set()).add(`${p.lat},${p.lon}`));
    for (const [text, points] of byText) assert.equal(points.size, 1, text);
  });

  it('Alaska is the US state, in Alaska time', () => {
    const alaska = place('Alaska');
    assert.deepEqual(
      [alaska.country, alaska.featureClass, alaska.timeZone],
      ['US', 'A.ADM1', 'America/Anchorage'],
    );
  });

  it('Anchorage is the Alaskan city (61.2°N, 149.9°W), not Anchorage, Kentucky', () => {
    const anchorage = place('Anchorage');
    assert.ok(km(anchorage.lat, anchorage.lon, 61.2181, -149.9003) < 10);
    assert.equal(anchorage.admin1, 'Alaska');
  });

  it('Elmendorf Air Force Base is in the US, beside Anchorage, in America/Anchorage', () => {
    const base = place('Elmendorf Air Force Base');
    assert.equal(base.country, 'US');
    assert.equal(base.timeZone, 'America/Anchorage');
    assert.ok(km(base.lat, base.lon, 61.2181, -149.9003) < 15);
  });

  it('Novaya Zemlya is within 50 km of 74°N 56°E (the archipelago’s centre)', () => {
    const nz = place('Novaya Zemlya');
    assert.ok(km(nz.lat, nz.lon, 74, 56) < 50);
    assert.equal(nz.country, 'RU');
  });

  it('Pankovo is a Russian site in Arkhangelsk oblast, on Novaya Zemlya at the Barents Sea', () => {
    const pankovo = place('Pankovo');
    assert.equal(pankovo.country, 'RU');
    assert.match(pankovo.admin1 ?? '', /^Arkhangelsk/);
    const nz = place('Novaya Zemlya');
    const sea = place('Barents Sea');
    assert.ok(km(pankovo.lat, pankovo.lon, nz.lat, nz.lon) < 200, 'on the archipelago');
    assert.ok(km(pankovo.lat, pankovo.lon, sea.lat, sea.lon) < 700, 'at the Barents Sea');
    assert.ok(pankovo.lon < 56 && pankovo.lat < 74, 'south-west of the archipelago centre: the Barents side');
  });

  it('the Barents Sea is open sea: no country, no zone', () => {
    const sea = place('Barents Sea');
    assert.deepEqual([sea.country, sea.featureClass, sea.timeZone], [undefined, 'H.SEA', undefined]);
  });

  it('countries and Moscow', () => {
    assert.deepEqual([place('Ukraine').country, place('Ukraine').featureClass], ['UA', 'A.PCLI']);
    assert.deepEqual([place('Russia').country, place('Russia').featureClass], ['RU', 'A.PCLI']);
    assert.equal(place('United States').country, 'US');
    assert.equal(place('US').country, 'US');
    const moscow = place('Moscow');
    assert.deepEqual([moscow.country, moscow.featureClass], ['RU', 'P.PPLC']);
  });

  it('Ukrainian regions: Donetsk region (the oblast, not the city), Donbas, Crimea', () => {
    const donetsk = place('Donetsk region');
    assert.deepEqual([donetsk.country, donetsk.featureClass], ['UA', 'A.ADM1']);
    assert.ok(km(donetsk.lat, donetsk.lon, 48.0, 37.8) < 100);
    assert.equal(place('Donbas').country, 'UA');
    assert.ok(km(place('Crimea').lat, place('Crimea').lon, 45.3, 34.4) < 100);
  });

  it('the White House is the building in Washington; the Hague is in the Netherlands', () => {
    const wh = place('White House');
    assert.deepEqual([wh.country, wh.featureClass], ['US', 'S.BLDG']);
    assert.ok(km(wh.lat, wh.lon, 38.8977, -77.0365) < 2);
    const hague = place('Hague');
    assert.equal(hague.country, 'NL');
    assert.equal(hague.timeZone, 'Europe/Amsterdam');
  });

  it('the Pacific Coast Putin drives to is Russia’s, with low confidence', () => {
    const coast = place('Pacific Coast');
    assert.equal(coast.country, 'RU');
    assert.ok(coast.confidence <= 0.3);
  });

  it('the Soviet Union is marked historical (A.PCLH, code SU), in Moscow time', () => {
    const su = place('Soviet Union');
    assert.deepEqual([su.country, su.featureClass, su.timeZone], ['SU', 'A.PCLH', 'Europe/Moscow']);
  });
});
