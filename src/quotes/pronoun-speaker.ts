import type { Doc, Entity, Mention, Quote } from '../doc/types.js';

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

/** Paragraphs back (besides the quote's own) in which a pronoun may find a named person of its gender. */
const NAMED_PARAGRAPHS = 3;

/**
 * A speaker the nlp stage left as a bare "he"/"she" ("he pledged to …", "She added: …") is the person who
 * spoke last: the speaker of the nearest earlier quote that is a PERSON of a compatible gender (unknown
 * gender allowed) in the same paragraph or the one before, passing over speakers without an id, of the
 * other gender, or organisations. Failing that, the nearest person of that gender named (or speaking) in
 * the last few paragraphs: news names the person a pronoun stands for before it, though not always as a
 * speaker ("Ms Hewitt … said. [Paragraphs of reported speech.] She said …").
 */
export function resolvePronounSpeakers(
  quotes: Quote[],
  doc: Pick<Doc, 'text' | 'entities' | 'mentions'>,
): Quote[] {
  const paragraphOf = paragraphIndex(doc.text);
  const byId = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  // a name inside a quotation is what someone said, not the person the writer's pronoun stands for
  const direct = quotes.filter((q) => q.kind === 'direct');
  const quoted = (m: Mention): boolean => direct.some((q) => m.start >= q.start && m.end <= q.end);
  const names = doc.mentions
    .filter((m) => m.rule.startsWith('ner:') && byId.get(m.entity)?.type === 'PERSON' && !quoted(m))
    .sort((a, b) => a.start - b.start);
  const out = [...quotes];
  out.forEach((q, i) => {
    const gender = PRONOUN_GENDER[q.speakerSpan?.text.toLowerCase() ?? ''];
    if (q.speaker !== undefined || !gender) return;
    const at = q.speakerSpan!.start;
    const paragraph = paragraphOf(at);
    const fits = (id: string, strict: boolean): boolean => {
      const person = byId.get(id);
      const known = person?.attributes?.gender;
      return person?.type === 'PERSON' && (known ? known === gender : !strict);
    };
    const speakers = out
      .slice(0, i)
      .filter((b) => b.speaker !== undefined && (b.speakerSpan?.start ?? b.start) < at)
      .map((b) => ({ start: b.speakerSpan?.start ?? b.start, entity: b.speaker! }));
    const lastSpeaker = speakers.findLast(
      (s) => paragraph - paragraphOf(s.start) <= 1 && fits(s.entity, false),
    );
    const named = [...names.filter((m) => m.start < at), ...speakers]
      .filter((s) => paragraph - paragraphOf(s.start) <= NAMED_PARAGRAPHS && fits(s.entity, true))
      .sort((a, b) => a.start - b.start)
      .at(-1);
    const found = lastSpeaker ?? named;
    if (found) out[i] = { ...q, speaker: found.entity };
  });
  return out;
}
