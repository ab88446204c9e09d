/**
 * Reader for PETRARCH agent dictionaries: `PHRASE {plurals} [~CODE]` (code appended to the actor's) or
 * `[CODE~]` (prepended, e.g. `NGO~`), with `!SET! = A, B` substitution markers. Regular plurals are made
 * unless `{…}` lists them (`{}` = none). See dictionaries.rst, "Agent Dictionary".
 */
import { contentOf, phraseWords, regularPlural } from './text.js';

export interface AgentEntry {
  /** Lower-case words, one array per form (singular first, then plurals). */
  forms: string[][];
  /** The agent code without the `~` ("MIL", "COP", "NGO"). */
  code: string;
  /** Whether the code goes before the actor's country code (`NGO~`) rather than after it (`~MIL`). */
  prefix: boolean;
}

const SUBSTITUTION = /^!([A-Z]+)!\s*=\s*(.+)$/i;
const ENTRY = /^(.*?)\s*(\{([^}]*)\})?\s*\[([^\]]+)\]\s*$/;

export function parseAgents(text: string): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const entries: AgentEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = contentOf(raw);
    if (line === undefined) continue;
    const sub = SUBSTITUTION.exec(line.trim());
    if (sub) {
      sets.set(
        sub[1]!.toUpperCase(),
        sub[2]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    const m = ENTRY.exec(line.trim());
    if (!m) continue;
    const rawCode = m[4]!.trim();
    const prefix = rawCode.endsWith('~');
    const code = rawCode.replace(/~/g, '').trim().toUpperCase();
    if (!code) continue;
    for (const phrase of expandMarkers(m[1]!.trim(), sets)) {
      const singular = phraseWords(phrase);
      if (singular.length === 0) continue;
      const explicit = m[3];
      const substituted = phrase !== m[1]!.trim();
      const plurals =
        explicit !== undefined
          ? explicit.split(/\s+/).filter(Boolean).map(phraseWords)
          : substituted
            ? []
            : [[...singular.slice(0, -1), regularPlural(singular[singular.length - 1]!)]];
      entries.push({ forms: [singular, ...plurals], code, prefix });
    }
  }
  return entries;
}

/** `CONGRESS!PERSON!` → CONGRESSMAN, CONGRESSMEN, … (no plurals made for these, as the format says). */
function expandMarkers(phrase: string, sets: ReadonlyMap<string, string[]>): string[] {
  const marker = /!([A-Z]+)!/i.exec(phrase);
  if (!marker) return [phrase];
  const values = sets.get(marker[1]!.toUpperCase());
  if (!values) return [];
  return values.flatMap((v) => expandMarkers(phrase.replace(marker[0], v), sets));
}
