/** One toponym per sentence, no other context: the prior alone must pick the place news means. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { km, placeFor, resolveMarked } from './helpers.js';

// name, label, country ('' = none), lat, lon, tolerance km, GeoNames feature class prefix
const TABLE: readonly [string, string, string, number, number, number, string][] = [
  ['Anchorage', 'GPE', 'US', 61.2181, -149.9003, 10, 'P.'],
  ['Moscow', 'GPE', 'RU', 55.7558, 37.6173, 10, 'P.PPLC'],
  ['Kyiv', 'GPE', 'UA', 50.4501, 30.5234, 10, 'P.PPLC'],
  ['Kiev', 'GPE', 'UA', 50.4501, 30.5234, 10, 'P.PPLC'],
  ['Paris', 'GPE', 'FR', 48.8566, 2.3522, 10, 'P.PPLC'],
  ['London', 'GPE', 'GB', 51.5074, -0.1278, 15, 'P.PPLC'],
  ['Beijing', 'GPE', 'CN', 39.9042, 116.4074, 15, 'P.PPLC'],
  ['Bombay', 'GPE', 'IN', 19.076, 72.8777, 15, 'P.'],
  ['Sydney', 'GPE', 'AU', -33.8688, 151.2093, 15, 'P.'],
  ['the Hague', 'GPE', 'NL', 52.0705, 4.3007, 10, 'P.'],
  ['Washington', 'GPE', 'US', 38.9072, -77.0369, 10, 'P.PPLC'],
  ['Alaska', 'GPE', 'US', 64.2, -149.5, 300, 'A.ADM1'],
  ['Texas', 'GPE', 'US', 31.0, -99.9, 300, 'A.ADM1'],
  ['Ukraine', 'GPE', 'UA', 49.0, 32.0, 400, 'A.PCLI'],
  ['United States', 'GPE', 'US', 39.8, -98.6, 700, 'A.PCLI'],
  ['U.S.', 'GPE', 'US', 39.8, -98.6, 700, 'A.PCLI'],
  ['USA', 'GPE', 'US', 39.8, -98.6, 700, 'A.PCLI'],
  ['Britain', 'GPE', 'GB', 54.0, -2.0, 300, 'A.PCLI'],
  ['UK', 'GPE', 'GB', 54.0, -2.0, 300, 'A.PCLI'],
  ['Russian Federation', 'GPE', 'RU', 61.5, 105.0, 1500, 'A.PCLI'],
  ['South Korea', 'GPE', 'KR', 36.5, 127.9, 200, 'A.PCLI'],
  ['Ivory Coast', 'GPE', 'CI', 7.5, -5.5, 300, 'A.PCLI'],
  ['Novaya Zemlya', 'LOC', 'RU', 74.0, 56.0, 50, 'T.ISLS'],
  ['Barents Sea', 'LOC', '', 75.0, 40.0, 300, 'H.SEA'],
  ['Black Sea', 'LOC', '', 43.4, 34.3, 300, 'H.SEA'],
  ['Baltic Sea', 'LOC', '', 58.5, 19.9, 400, 'H.SEA'],
  ['Mediterranean', 'LOC', '', 35.0, 18.0, 600, 'H.SEA'],
  ['Red Sea', 'LOC', '', 20.3, 38.5, 500, 'H.SEA'],
  ['South China Sea', 'LOC', '', 12.0, 113.0, 600, 'H.SEA'],
  ['Pacific Ocean', 'LOC', '', 0.0, -160.0, 3000, 'H.OCN'],
  ['Atlantic Ocean', 'LOC', '', 0.0, -25.0, 3000, 'H.OCN'],
  ['Indian Ocean', 'LOC', '', -20.0, 80.0, 3000, 'H.OCN'],
  ['Arctic Ocean', 'LOC', '', 90.0, 0.0, 1500, 'H.OCN'],
  ['Persian Gulf', 'LOC', '', 26.5, 52.0, 300, 'H.GULF'],
  ['Strait of Hormuz', 'LOC', '', 26.57, 56.25, 50, 'H.STRT'],
  ['Taiwan Strait', 'LOC', '', 24.0, 119.5, 150, 'H.STRT'],
  ['Elmendorf Air Force Base', 'FAC', 'US', 61.25, -149.8, 10, 'S.INSM'],
  ['Joint Base Elmendorf-Richardson', 'FAC', 'US', 61.25, -149.8, 10, 'S.INSM'],
  ['Pankovo', 'FAC', 'RU', 72.8, 52.9, 60, 'S.INSM'],
  ['Donbas', 'LOC', 'UA', 48.0, 38.0, 100, 'L.RGN'],
  ['Donetsk region', 'LOC', 'UA', 48.0, 37.8, 100, 'A.ADM1'],
  ['Crimea', 'LOC', 'UA', 45.3, 34.4, 100, 'T.PEN'],
  ['Gaza Strip', 'LOC', 'PS', 31.4, 34.4, 30, 'L.RGN'],
  ['West Bank', 'LOC', 'PS', 31.9, 35.2, 50, 'L.RGN'],
  ['Kashmir', 'LOC', '', 34.1, 75.5, 300, 'L.RGN'],
  ['Siberia', 'LOC', 'RU', 60.0, 100.0, 1000, 'L.RGN'],
  ['Sahel', 'LOC', '', 14.0, 5.0, 1500, 'L.RGN'],
  ['Balkans', 'LOC', '', 42.0, 22.0, 400, 'L.RGN'],
  ['Caucasus', 'LOC', '', 42.5, 44.5, 400, 'L.RGN'],
  ['Middle East', 'LOC', '', 29.0, 42.0, 1500, 'L.RGN'],
  ['White House', 'FAC', 'US', 38.8977, -77.0365, 2, 'S.BLDG'],
  ['Soviet Union', 'GPE', 'SU', 60.0, 100.0, 1500, 'A.PCLH'],
];

describe('toponyms resolve to the place news means', () => {
  for (const [name, label, country, lat, lon, tolerance, feature] of TABLE) {
    it(`${name} → ${country || 'no country'} near ${lat}, ${lon}`, () => {
      const doc = resolveMarked(`Reports came from [[${name}|${label}]] on Monday.`);
      const place = placeFor(doc, name);
      assert.ok(place, `${name} resolved; diagnostics: ${JSON.stringify(doc.diagnostics)}`);
      assert.equal(place.country, country || undefined);
      const d = km(place.lat, place.lon, lat, lon);
      assert.ok(
        d <= tolerance,
        `${name} is ${Math.round(d)} km from ${lat}, ${lon} (tolerance ${tolerance})`,
      );
      assert.ok(place.featureClass?.startsWith(feature), `${name} feature ${place.featureClass}`);
      assert.equal(doc.text.slice(place.start, place.end), place.text);
      assert.ok(place.confidence > 0 && place.confidence <= 1);
    });
  }
});
