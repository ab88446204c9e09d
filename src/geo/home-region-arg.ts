import { Country, State } from 'country-state-city';
import type { HomeRegion } from '../doc/types.js';

/**
 * Reads a home region as a user writes it: a country code (`US`), or a country code and a first-level
 * division by name or code (`US/Louisiana`, `US/LA`, `GB/England`). The division is checked against
 * country-state-city, the gazetteer's source of division names, so a typo is an error and not a prior
 * that never matches. Returns a message instead when it cannot be read.
 */
export function parseHomeRegion(text: string): HomeRegion | { error: string } {
  const [countryPart = '', ...rest] = text.split('/');
  const code = countryPart.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !Country.getCountryByCode(code))
    return { error: `"${countryPart.trim()}" is not an ISO 3166-1 alpha-2 country code (US, GB, FR…)` };
  const division = rest.join('/').trim();
  if (!division) return { country: code };
  const wanted = division.toLowerCase();
  const state = State.getStatesOfCountry(code).find(
    (s) => s.name.toLowerCase() === wanted || s.isoCode.toLowerCase() === wanted,
  );
  return state
    ? { country: code, admin1: state.name }
    : { error: `"${division}" is not a first-level division of ${code} (try its name, e.g. US/Louisiana)` };
}
