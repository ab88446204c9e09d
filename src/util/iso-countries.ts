/**
 * i18n-iso-countries with its English names only, loaded on first use. The package's Node entry registers
 * all of its ~80 languages at import; newsgraph reads and writes English names and codes only.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type IsoCountries = typeof import('i18n-iso-countries');

let library: IsoCountries | undefined;

export function isoCountries(): IsoCountries {
  if (!library) {
    const core = require('i18n-iso-countries/index.js') as IsoCountries;
    core.registerLocale(
      require('i18n-iso-countries/langs/en.json') as Parameters<IsoCountries['registerLocale']>[0],
    );
    library = core;
  }
  return library;
}
