/** "New York" the city or the state; a country spelt as written over an accented namesake. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { km, placeFor, resolveMarked } from './helpers.js';

const NYC = { lat: 40.71, lon: -74.01 };

describe('New York: the city unless the sentence speaks of the state', () => {
  it('reads a businessman from New York and late trading in New York as the city', () => {
    const doc = resolveMarked(
      'The [[New York|GPE]] businessman spoke in [[Ohio|GPE]]. Shares fell in late trading in [[New York|GPE]].',
    );
    const places = doc.places.filter((p) => p.text === 'New York');
    assert.equal(places.length, 2);
    for (const p of places) assert.ok(km(p.lat, p.lon, NYC.lat, NYC.lon) < 50, JSON.stringify(p));
  });

  it('reads the state where its attorney general or its Senate races are meant, the city elsewhere', () => {
    const doc = resolveMarked(
      'The state attorney general in [[New York|GPE]] opened an inquiry. The debate was held in [[New York|GPE]] on Monday.',
    );
    const [state, city] = doc.places.filter((p) => p.text === 'New York');
    assert.equal(state!.featureClass, 'A.ADM1', JSON.stringify(state));
    assert.ok(km(city!.lat, city!.lon, NYC.lat, NYC.lon) < 50, JSON.stringify(city));
  });
});

describe('a country spelt as written', () => {
  it('is Canada in a Mexican article, not Cañada', () => {
    const doc = resolveMarked(
      'Officials in [[Mexico City|GPE]] said that, together with [[Canada|GPE]], [[Mexico|GPE]] should sue.',
    );
    assert.equal(placeFor(doc, 'Canada')?.country, 'CA', JSON.stringify(placeFor(doc, 'Canada')));
  });
});
