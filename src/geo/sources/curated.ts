import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import type { GazetteerEntry } from '../types.js';

/** `data/geo/curated.tsv`: seas, regions, islands, sites the npm packages lack (see the file's header). */
export function curatedEntries(path = dataFile('geo', 'curated.tsv')): GazetteerEntry[] {
  return readTsv(path).map((r) => {
    const entry: GazetteerEntry = {
      name: r['name']!,
      lat: Number(r['lat']),
      lon: Number(r['lon']),
      featureClass: r['featureClass']!,
      population: 0,
      source: `curated: ${r['source']}`,
    };
    const alt = (r['altNames'] ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    if (alt.length) entry.altNames = alt;
    if (r['country']) entry.country = r['country'];
    if (r['admin1']) entry.admin1 = r['admin1'];
    if (r['geonameId']) entry.geonameId = Number(r['geonameId']);
    if (r['maxConfidence']) entry.maxConfidence = Number(r['maxConfidence']);
    if (r['timeZone']) entry.timeZone = r['timeZone'];
    return entry;
  });
}
