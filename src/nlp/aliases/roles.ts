import type { Token } from '../../doc/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { isNameWord } from '../ner/words.js';
import type { GroupFacts } from './types.js';

/** A description that stands for a person: "the Russian leader", "the US president", "Russia's president". */
export interface RoleDescription {
  start: number;
  end: number;
  sentence: number;
  /** Roles a person must hold to fit (from `data/nlp/roles.tsv`). */
  matches: readonly string[];
  country?: string;
}

const DETERMINER = /^the$/i;
const POSSESSIVE = /^['’]s$/;

/**
 * Finds "the [country word] role-noun" and "Country's role-noun" where the role noun is lowercase and no
 * name follows (then it is a title: "the US president Donald Trump" is the name's business).
 */
export function findRoleDescriptions(tokens: readonly Token[], lexicon: Lexicon): RoleDescription[] {
  const out: RoleDescription[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    let k = i;
    let country: string | undefined;
    if (DETERMINER.test(head.text)) {
      k = i + 1;
      const word = tokens[k];
      const c = word && word.sentence === head.sentence ? countryOf(word.text, lexicon) : undefined;
      if (c !== undefined) {
        country = c || undefined;
        k++;
      }
    } else if (POSSESSIVE.test(tokens[i + 1]?.text ?? '') && countryOf(head.text, lexicon)) {
      country = countryOf(head.text, lexicon);
      k = i + 2;
    } else continue;
    const role = roleNounAt(tokens, k, head.sentence, lexicon);
    if (!role) continue;
    const after = tokens[k + role.length];
    if (after && after.sentence === head.sentence && (isNameWord(after.text) || after.text === 'of'))
      continue;
    out.push({
      start: head.start,
      end: tokens[k + role.length - 1]!.end,
      sentence: head.sentence,
      matches: role.matches,
      ...(country ? { country } : {}),
    });
    i = k + role.length - 1;
  }
  return out;
}

/** ISO code of a country word ("Russian", "US", "Kremlin"), '' for a group word ("Western"), else undefined. */
function countryOf(word: string, lexicon: Lexicon): string | undefined {
  return lexicon.demonyms.get(word) ?? lexicon.countries.get(word) ?? lexicon.knownNames.get(word)?.country;
}

function roleNounAt(tokens: readonly Token[], at: number, sentence: number, lexicon: Lexicon) {
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(at, at + n);
    if (words.length !== n || words.some((t) => t.sentence !== sentence)) continue;
    const matches = lexicon.roles.get(words.map((t) => t.text).join(' '));
    if (matches) return { matches, length: n };
  }
  return undefined;
}

/**
 * The person a description stands for: among people named before it whose role fits, the one whose
 * country is the description's; failing that, the only one whose country the article never states.
 * Nothing when that leaves none or several.
 */
export function resolveRole(
  description: RoleDescription,
  people: readonly { group: number; firstStart: number; facts: GroupFacts }[],
): number | undefined {
  const fit = people.filter(
    (p) =>
      p.firstStart < description.start &&
      p.facts.role !== undefined &&
      description.matches.includes(p.facts.role),
  );
  if (!description.country) return fit.length === 1 ? fit[0]!.group : undefined;
  const same = fit.filter((p) => p.facts.country === description.country);
  if (same.length > 0) return same.length === 1 ? same[0]!.group : undefined;
  const unknown = fit.filter((p) => p.facts.country === undefined);
  return unknown.length === 1 ? unknown[0]!.group : undefined;
}
