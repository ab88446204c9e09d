import { isoCountries } from '../util/iso-countries.js';

/** ISO 3166-1 alpha-2 → alpha-3, which CAMEO uses as its country codes. */
export function alpha3(alpha2: string | undefined): string | undefined {
  return alpha2 ? isoCountries().alpha2ToAlpha3(alpha2.toUpperCase()) : undefined;
}
