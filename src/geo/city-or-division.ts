import type { Doc } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { foldName } from './normalise.js';
import type { Candidate, ToponymGroup } from './toponyms.js';

interface Table {
  names: Map<string, string>;
  cues: RegExp;
}
let table: Table | undefined;

function load(): Table {
  const rows = readTsv(dataFile('geo', 'city-or-division.tsv'));
  const names = new Map(rows.filter((r) => r.kind === 'name').map((r) => [foldName(r.value!), r.country!]));
  const words = rows
    .filter((r) => r.kind === 'cue')
    .map((r) => r.value!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { names, cues: new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu') };
}

/** Score given to the chosen reading over the other: it wins, whatever the context rounds say. */
const LEAD = 1;

/**
 * "New York" the city or the state (data/geo/city-or-division.tsv): mentions whose sentence speaks of the
 * state get a group of their own that reads the state; the others read the city. Groups of other names are
 * returned as they are. Call before scoring; `settle` then puts the chosen reading first after each round.
 */
export function splitCityOrDivision(doc: Doc, groups: readonly ToponymGroup[]): ToponymGroup[] {
  table ??= load();
  const out: ToponymGroup[] = [];
  for (const g of groups) {
    const country = table.names.get(g.key);
    const city = country && cityOf(g.candidates, country);
    const division = country && g.candidates.find((c) => isDivision(c, country));
    if (!city || !division) {
      out.push(g);
      continue;
    }
    const cued = g.mentions.filter((m) => table!.cues.test(doc.sentences[m.sentence]?.text ?? ''));
    const plain = g.mentions.filter((m) => !cued.includes(m));
    if (plain.length > 0) out.push({ ...g, mentions: plain, candidates: copy(g.candidates), choice: 'city' });
    if (cued.length > 0)
      out.push({
        ...g,
        id: `${g.id}#division`,
        mentions: cued,
        candidates: copy(g.candidates),
        choice: 'division',
      });
  }
  return out;
}

/** After scoring: the chosen reading of a split group leads its rivals. */
export function settle(g: ToponymGroup): void {
  if (!g.choice) return;
  const country = table?.names.get(g.key);
  if (!country) return;
  const chosen =
    g.choice === 'city' ? cityOf(g.candidates, country) : g.candidates.find((c) => isDivision(c, country));
  if (!chosen) return;
  const best = Math.max(...g.candidates.filter((c) => c !== chosen).map((c) => c.score));
  chosen.score = Math.max(chosen.score, best + LEAD);
}

const isPlace = (c: Candidate, country: string): boolean =>
  c.entry.country === country && c.entry.featureClass.startsWith('P.');

/** The most populous town of that name in the country (New York City, not New York, Texas). */
function cityOf(candidates: readonly Candidate[], country: string): Candidate | undefined {
  return candidates
    .filter((c) => isPlace(c, country))
    .reduce<Candidate | undefined>(
      (a, b) => (a && a.entry.population >= b.entry.population ? a : b),
      undefined,
    );
}
const isDivision = (c: Candidate, country: string): boolean =>
  c.entry.country === country && c.entry.featureClass === 'A.ADM1';

function copy(candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => ({ ...c }));
}
