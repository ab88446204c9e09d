import type { Mention } from '../doc/types.js';
import { GROUP_MODIFIER_POS, GROUP_MODIFIERS, SUBJECT_PRONOUNS } from './lexicon.js';
import { portfolioTitles, titleDescription } from './title-description.js';
import type { SpeakerCandidate, Word } from './types.js';

/** Entity types that can speak. Other types (GPE, NORP, …) still count as a source, without an id. */
const SPEAKING_TYPES = new Set(['PERSON', 'ORG']);

function mentionCandidate(
  types: ReadonlyMap<string, string>,
  m: Mention,
  words: readonly Word[],
): SpeakerCandidate | undefined {
  const first = words.findIndex((w) => w.end > m.start);
  if (first < 0 || words[first]!.start >= m.end || words[first]!.quoted) return undefined;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.end <= m.end) last++;
  const type = types.get(m.entity) ?? m.label;
  const speaks = SPEAKING_TYPES.has(type);
  return {
    kind: speaks ? 'entity' : 'other',
    first,
    last,
    start: m.start,
    end: m.end,
    ...(speaks ? { entity: m.entity } : {}),
    ...(type === 'PERSON' ? { person: true } : {}),
  };
}

const POSSESSIVE = /^(?:'s|’s|'|’)$|['’]s$/u;
/** Most words a group phrase may take in front of its noun. */
const MAX_GROUP_MODIFIERS = 4;

/** A capitalised name's words ("Home Office", "State Department"): a name used as a modifier. */
const capitalised = (words: readonly Word[], from: number, to: number): boolean =>
  words.slice(from, to + 1).every((w) => /^\p{Lu}/u.test(w.text) || w.lower === 'and');

/**
 * Extends a group noun left over its modifiers ("many Ukrainian officials") and a possessor ("Trump’s
 * aides"), at most MAX_GROUP_MODIFIERS words. A whole name right before the noun is a modifier too ("a Home
 * Office spokeswoman", "a State Department official": the speaker is the spokeswoman, not the office); a
 * name further left stops it unless it is the possessor.
 */
function groupCandidate(
  words: readonly Word[],
  head: number,
  names: readonly SpeakerCandidate[],
): SpeakerCandidate {
  let first = head;
  while (first > 0 && head - first < MAX_GROUP_MODIFIERS) {
    const w = words[first - 1]!;
    const name = names.find((c) => c.first <= first - 1 && first - 1 <= c.last);
    const possessor = POSSESSIVE.test(w.text) || POSSESSIVE.test(words[first]!.text);
    if (name && !possessor) {
      const modifier =
        first === head &&
        head - name.first <= MAX_GROUP_MODIFIERS &&
        capitalised(words, name.first, name.last);
      if (!modifier) break;
      first = name.first;
      continue;
    }
    const modifier = w.pos
      ? GROUP_MODIFIER_POS.has(w.pos)
      : GROUP_MODIFIERS.has(w.lower) || /^\p{Lu}/u.test(w.text);
    if (w.quoted || !(possessor || modifier)) break;
    first--;
  }
  return { kind: 'group', first, last: head, start: words[first]!.start, end: words[head]!.end };
}

/**
 * Everything in a sentence that may name a speaker, in text order: mentions (the nlp stage's names,
 * role descriptions and resolved pronouns), group noun phrases from the speaker-noun table ("Ukrainian
 * officials" swallows the NORP mention "Ukrainian"), and subject pronouns coreference left unresolved.
 */
export function speakerCandidates(
  types: ReadonlyMap<string, string>,
  mentions: readonly Mention[],
  words: readonly Word[],
  speakerNouns: ReadonlySet<string>,
  titleHeads: ReadonlySet<string> = new Set(),
): SpeakerCandidate[] {
  const described: SpeakerCandidate[] = [];
  const fromMentions: SpeakerCandidate[] = [];
  for (const m of mentions) {
    const c = mentionCandidate(types, m, words);
    if (!c) continue;
    const person = (types.get(m.entity) ?? m.label) === 'PERSON';
    const d = titleDescription(c, words, titleHeads, speakerNouns, person);
    if (d) described.push(d);
    else fromMentions.push(c);
  }
  const names = fromMentions.filter((c) => c.kind === 'entity');
  const speakerWords = new Set<number>();
  for (const c of names) for (let i = c.first; i <= c.last; i++) speakerWords.add(i);
  const mentioned = new Set<number>();
  for (const c of [...fromMentions, ...described]) for (let i = c.first; i <= c.last; i++) mentioned.add(i);
  described.push(...portfolioTitles(words, titleHeads, (i) => mentioned.has(i)));
  const groups: SpeakerCandidate[] = [...described];
  const inDescription = (i: number): boolean => described.some((d) => d.first <= i && i <= d.last);
  words.forEach((w, i) => {
    if (
      !w.quoted &&
      !speakerWords.has(i) &&
      !inDescription(i) &&
      speakerNouns.has(w.lower) &&
      w.pos !== 'VERB'
    ) {
      groups.push(groupCandidate(words, i, names));
    }
  });
  const inGroup = (c: SpeakerCandidate): boolean =>
    groups.some((g) => c.first >= g.first && c.last <= g.last);
  const out = [...groups, ...fromMentions.filter((c) => !inGroup(c))];
  const taken = new Set<number>();
  for (const c of out) for (let i = c.first; i <= c.last; i++) taken.add(i);
  words.forEach((w, i) => {
    if (!w.quoted && !taken.has(i) && SUBJECT_PRONOUNS.has(w.lower)) {
      out.push({ kind: 'pronoun', first: i, last: i, start: w.start, end: w.end });
    }
  });
  return out.sort((a, b) => a.first - b.first);
}
