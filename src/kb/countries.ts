import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

/** ISO 3166-1 alpha-2 → alpha-3, which CAMEO uses as its country codes. */
export function alpha3(alpha2: string | undefined): string | undefined {
  return alpha2 ? countries.alpha2ToAlpha3(alpha2.toUpperCase()) : undefined;
}
