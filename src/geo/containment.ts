import type { Doc } from '../doc/types.js';
import { sameAdmin1 } from './admin1-match.js';
import { distanceKm } from './distance.js';
import type { Candidate, ToponymGroup } from './toponyms.js';
import type { GazetteerEntry } from './types.js';

/** Only a comma between them: "Toronto, Ontario", "Louisville, Ky.", "Paris, Texas". */
const COMMA = /^,[ \t]*$/;

/**
 * How far from a state's point one of its towns may lie when the gazetteer cannot say which state the town
 * is in (its admin1 codes are known only where they agree with country-state-city's: not in Canada).
 */
const STATE_REACH_KM = 1200;

/** True when `outer` (a state or a country) contains `inner`. */
function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer === inner || !outer.country || outer.country !== inner.country) return false;
  if (outer.featureClass.startsWith('A.PCL')) return !inner.featureClass.startsWith('A.PCL');
  if (outer.featureClass !== 'A.ADM1' || inner.featureClass === 'A.ADM1') return false;
  const comparable = (outer.admin1Code && inner.admin1Code) || (outer.admin1 && inner.admin1);
  if (comparable) return sameAdmin1(outer, inner);
  return distanceKm(outer.lat, outer.lon, inner.lat, inner.lon) <= STATE_REACH_KM;
}

/**
 * "Name, Container": news writes a place followed by its state or country after a comma ("Sault Ste. Marie,
 * Ontario", "Paris, Tenn.", "Toronto, Ontario, Canada"). Each reading of the first name that lies in some
 * reading of the second, and each reading of the second that contains some reading of the first, is marked,
 * whatever the article says elsewhere: the pair names itself. Returns the marked candidates.
 */
export function containedPairs(doc: Doc, groups: readonly ToponymGroup[]): Set<Candidate> {
  const byStart = new Map<number, ToponymGroup>();
  const mentions: { start: number; end: number; group: ToponymGroup }[] = [];
  for (const g of groups)
    for (const m of g.mentions) {
      byStart.set(m.start, g);
      mentions.push({ start: m.start, end: m.end, group: g });
    }
  const marked = new Set<Candidate>();
  for (const m of mentions) {
    const comma = doc.text.indexOf(',', m.end);
    if (comma !== m.end) continue;
    let next = comma + 1;
    while (doc.text[next] === ' ' || doc.text[next] === '\t') next++;
    const outer = byStart.get(next);
    if (!outer || outer === m.group || !COMMA.test(doc.text.slice(m.end, next))) continue;
    for (const o of outer.candidates)
      for (const i of m.group.candidates)
        if (contains(o.entry, i.entry)) {
          marked.add(o);
          marked.add(i);
        }
  }
  return marked;
}
