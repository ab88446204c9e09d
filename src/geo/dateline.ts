import type { Doc, Mention } from '../doc/types.js';
import type { ToponymGroup } from './toponyms.js';

/** A name in capitals, at the start of a line, before the dateline's agency, date or dash. */
const CAPITALS = /^[\p{Lu}\p{M}][\p{Lu}\p{M}.' -]*$/u;
const HAS_LETTERS = /\p{Lu}.*\p{Lu}/u;
/**
 * What follows a dateline's place: an optional ", STATE" or ", Country", an optional "(AP)" or date, then a
 * dash or colon. "WASHINGTON —", "WASHINGTON (AP) —", "PARIS, Texas --", "BEIJING, Sept. 3 -".
 */
const DATELINE_TAIL =
  /^(?:,\s*[\p{L}.' ]{2,30})?(?:,?\s*[\p{L}.]{3,5}\s*\d{1,2})?\s*(?:\([^()\n]{1,30}\))?\s*(?:—|–|--|-|:)/u;

/** A mention that opens a dateline: all capitals, first on its line, followed by the dateline's tail. */
export function isDateline(m: Mention, doc: Doc): boolean {
  if (!CAPITALS.test(m.text) || !HAS_LETTERS.test(m.text)) return false;
  const lineStart = doc.text.lastIndexOf('\n', m.start - 1) + 1;
  if (doc.text.slice(lineStart, m.start).trim() !== '') return false;
  return DATELINE_TAIL.test(doc.text.slice(m.end, m.end + 60));
}

/**
 * A dateline names the city the story was filed from: "WASHINGTON —" is the capital, not the state, whatever
 * states the story goes on to mention. Dateline mentions get a group of their own that reads only populated
 * places (when the name has any); the group's other mentions are left as they are.
 */
export function splitDatelines(doc: Doc, groups: readonly ToponymGroup[]): ToponymGroup[] {
  const out: ToponymGroup[] = [];
  for (const g of groups) {
    const datelines = g.mentions.filter((m) => isDateline(m, doc));
    const towns = g.candidates.filter((c) => c.entry.featureClass.startsWith('P.'));
    if (datelines.length === 0 || towns.length === 0 || towns.length === g.candidates.length) {
      out.push(g);
      continue;
    }
    const rest = g.mentions.filter((m) => !datelines.includes(m));
    if (rest.length > 0) out.push({ ...g, mentions: rest });
    out.push({
      ...g,
      id: `${g.id}#dateline`,
      mentions: datelines,
      candidates: towns.map((c) => ({ ...c })),
      choice: undefined,
      viaEntity: new Set([...g.viaEntity].filter((m) => datelines.includes(m))),
    });
  }
  return out;
}
