import type { Doc } from '../doc/types.js';

/** Verbs whose subject (or, inverted, whose object) is who gives a figure. */
const ATTRIBUTION =
  /\b(?:said|says|say|told|estimated|estimates|estimating|predicted|predicts|predicting|believes|believed|forecast|forecasts|reckons|reckoned|put|puts|according\s+to)\b/i;
const WHO_TYPES = new Set(['PERSON', 'ORG', 'GPE']);
/** How far (characters) an attribution verb may stand from the name it attributes to. */
const NEAR = 25;

/**
 * Who gave a figure in sentence `sentence`: the speaker of a quote in that sentence, else the person or
 * organisation right next to an attribution verb in it ("said Trump, estimating …", "analysts at X
 * estimated …", "according to the UN"). Undefined when nobody is named: better none than a wrong one.
 */
export function figureGiver(doc: Doc, sentence: number): string | undefined {
  const s = doc.sentences[sentence];
  if (!s) return undefined;
  const quote = doc.quotes.find(
    (q) => q.speaker && (q.sentence === sentence || (q.start < s.end && s.start < q.end)),
  );
  if (quote?.speaker) return quote.speaker;
  const types = new Map(doc.entities.map((e) => [e.id, e.type]));
  const verbs = [...s.text.matchAll(new RegExp(ATTRIBUTION.source, 'gi'))].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
  }));
  if (verbs.length === 0) return undefined;
  let best: { id: string; distance: number } | undefined;
  for (const m of doc.mentions) {
    if (m.sentence !== sentence || !WHO_TYPES.has(types.get(m.entity) ?? m.label)) continue;
    for (const v of verbs) {
      const distance = m.start >= v.end ? m.start - v.end : v.start - m.end;
      if (distance >= 0 && distance <= NEAR && (!best || distance < best.distance))
        best = { id: m.entity, distance };
    }
  }
  return best?.id;
}
