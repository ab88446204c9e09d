import type { Doc, Entity, Quote } from '../doc/types.js';

/** Third-person singular pronouns and the gender each may refer to. */
const PRONOUN_GENDER: Readonly<Record<string, 'male' | 'female'>> = { he: 'male', she: 'female' };

/** Paragraph index of each offset: the number of paragraph breaks (runs of line breaks) before it. */
function paragraphIndex(text: string): (offset: number) => number {
  const breaks = [...text.matchAll(/\s*\n\s*/gu)].map((m) => m.index);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * A speaker the nlp stage left as a bare "he"/"she" ("he pledged to …", "She added: …") is the person who
 * spoke last: the speaker of the nearest earlier quote that is a PERSON of a compatible gender (unknown
 * gender allowed), looked for in the same paragraph and the one before. News keeps a pronoun next to the
 * speaker it stands for; further back, or when the last speaker is an organisation, it stays unresolved.
 */
export function resolvePronounSpeakers(quotes: Quote[], doc: Pick<Doc, 'text' | 'entities'>): Quote[] {
  const paragraphOf = paragraphIndex(doc.text);
  const byId = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  return quotes.map((q, i) => {
    const gender = PRONOUN_GENDER[q.speakerSpan?.text.toLowerCase() ?? ''];
    if (q.speaker !== undefined || !gender) return q;
    const paragraph = paragraphOf(q.start);
    for (let j = i - 1; j >= 0; j--) {
      const before = quotes[j]!;
      if (paragraph - paragraphOf(before.start) > 1) break;
      if (before.speaker === undefined) continue;
      const person = byId.get(before.speaker);
      if (person?.type !== 'PERSON') return q;
      const known = person.attributes?.gender;
      return known && known !== gender ? q : { ...q, speaker: person.id };
    }
    return q;
  });
}
