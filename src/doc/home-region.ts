import { isoCountries } from '../util/iso-countries.js';
import { cscCountry, cscState } from '../util/country-state-city.js';
import type { HomeRegion } from './types.js';

/**
 * Reading a publication's home region (`Meta.homeRegion`) from what people and pages write. Divisions are
 * checked against country-state-city, the gazetteer's source of division names, so that the region is named
 * as places' `admin1` is, and a typo is an error rather than a prior that never matches.
 */

/**
 * As a user writes it: a country code (`US`), or a country code and a first-level division by name or code
 * (`US/Louisiana`, `US/LA`, `GB/England`). Returns a message instead when it cannot be read.
 */
export function parseHomeRegion(text: string): HomeRegion | { error: string } {
  const [countryPart = '', ...rest] = text.split('/');
  const country = countryCode(countryPart);
  if (!country)
    return { error: `"${countryPart.trim()}" is not an ISO 3166-1 alpha-2 country code (US, GB, FR…)` };
  const division = rest.join('/').trim();
  if (!division) return { country };
  const admin1 = divisionName(country, division);
  return admin1
    ? { country, admin1 }
    : {
        error: `"${division}" is not a first-level division of ${country} (try its name, e.g. US/Louisiana)`,
      };
}

/**
 * As a page states it: an ISO 3166-2 code (`<meta name="geo.region" content="US-LA">`), or a country and a
 * region as schema.org's PostalAddress gives them (`addressCountry` "US" or "United States",
 * `addressRegion` "LA" or "Louisiana"). A region that is no first-level division (a French département)
 * leaves the country alone; an unknown country gives nothing: a page's metadata is a hint, never an error.
 */
export function homeRegionOf(country: string | undefined, region?: string): HomeRegion | undefined {
  let code = country;
  let division = region;
  const iso = /^\s*([A-Za-z]{2})-([A-Za-z0-9]{1,3})\s*$/.exec(country ?? '');
  if (iso) [code, division] = [iso[1], iso[2]];
  const found = code ? (countryCode(code) ?? isoCountries().getAlpha2Code(code.trim(), 'en')) : undefined;
  if (!found) return undefined;
  const admin1 = division ? divisionName(found, division.trim()) : undefined;
  return admin1 ? { country: found, admin1 } : { country: found };
}

function countryCode(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && cscCountry().getCountryByCode(code) ? code : undefined;
}

/** The division's name as country-state-city gives it, found by name or code (case-insensitive). */
function divisionName(country: string, division: string): string | undefined {
  const wanted = division.toLowerCase();
  return cscState()
    .getStatesOfCountry(country)
    .find((s) => s.name.toLowerCase() === wanted || s.isoCode.toLowerCase() === wanted)?.name;
}
