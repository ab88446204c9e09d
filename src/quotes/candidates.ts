import type { Mention } from '../doc/types.js';
import { GROUP_MODIFIER_POS, GROUP_MODIFIERS, SUBJECT_PRONOUNS } from './lexicon.js';
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
  const speaks = SPEAKING_TYPES.has(types.get(m.entity) ?? m.label);
  return {
    kind: speaks ? 'entity' : 'other',
    first,
    last,
    start: m.start,
    end: m.end,
    ...(speaks ? { entity: m.entity } : {}),
  };
}

const POSSESSIVE = /^(?:'s|’s|'|’)$|['’]s$/u;

/**
 * Extends a group noun left over its modifiers ("many Ukrainian officials") and a possessor ("Trump’s
 * aides"), at most four words. A speaking entity's name stops it unless it is the possessor.
 */
function groupCandidate(
  words: readonly Word[],
  head: number,
  speakerWords: ReadonlySet<number>,
): SpeakerCandidate {
  let first = head;
  while (first > 0 && head - first < 4) {
    const w = words[first - 1]!;
    const possessor = POSSESSIVE.test(w.text) || POSSESSIVE.test(words[first]!.text);
    const modifier = w.pos
      ? GROUP_MODIFIER_POS.has(w.pos)
      : GROUP_MODIFIERS.has(w.lower) || /^\p{Lu}/u.test(w.text);
    if (w.quoted || !(possessor || modifier) || (speakerWords.has(first - 1) && !possessor)) break;
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
): SpeakerCandidate[] {
  const fromMentions = mentions.map((m) => mentionCandidate(types, m, words)).filter((c) => c !== undefined);
  const speakerWords = new Set<number>();
  for (const c of fromMentions)
    if (c.kind === 'entity') for (let i = c.first; i <= c.last; i++) speakerWords.add(i);
  const groups: SpeakerCandidate[] = [];
  words.forEach((w, i) => {
    if (!w.quoted && !speakerWords.has(i) && speakerNouns.has(w.lower) && w.pos !== 'VERB') {
      groups.push(groupCandidate(words, i, speakerWords));
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
