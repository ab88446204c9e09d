import { isoCountries } from '../../util/iso-countries.js';
import type { Place } from '../../doc/types.js';

/**
 * GDELT Geo_Type from a place's GeoNames feature class and country: 1 COUNTRY, 2 USSTATE, 3 USCITY,
 * 4 WORLDCITY, 5 WORLDSTATE (codebook V2.0). Places that are neither countries, first-level divisions nor
 * populated places (seas, islands, bases) count as 4, where GDELT puts landmarks.
 */
export function gdeltGeoType(place: Place): number {
  const feature = place.featureClass ?? '';
  if (/^A\.PCL/.test(feature)) return 1;
  if (feature === 'A.ADM1') return place.country === 'US' ? 2 : 5;
  return place.country === 'US' ? 3 : 4;
}

/** "Name, Country" as GDELT writes full names; a country alone is its name. */
export function gdeltFullName(place: Place): string {
  const country = place.country ? countryName(place.country) : undefined;
  if (!country || gdeltGeoType(place) === 1 || country === place.name) return place.name;
  return `${place.name}, ${country}`;
}

/** CAMEO actor country code: ISO 3166-1 alpha-3, which CAMEO uses for states. */
export function cameoCountry(alpha2: string | undefined): string | undefined {
  return alpha2 ? isoCountries().alpha2ToAlpha3(alpha2) : undefined;
}

function countryName(alpha2: string): string | undefined {
  return isoCountries().getName(alpha2, 'en');
}
