import type { Finder, NameCandidate } from '../types.js';

/** An aircraft model code: one capital and three digits ("A320", "E190", "Q400"); flight numbers have two letters. */
const MODEL_CODE = /^\p{Lu}\p{N}{3}$/u;

/**
 * Aircraft model codes the tagger may leave out (CoNLL-2003 annotates bare codes as nothing): a code followed
 * directly by a craft noun or a verb only a craft takes (`data/nlp/vehicle-cues.tsv`: "the A320 landed", "40
 * A380 superjumbos") is a PRODUCT. Must not: a code with no such word after it (roads: "the A303 was closed"),
 * flight numbers ("MH17 crashed"), summits ("G20 summit").
 */
export const findVehicleCodes: Finder = (input) => {
  const out: NameCandidate[] = [];
  const { tokens } = input;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const code = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!MODEL_CODE.test(code.text) || next.sentence !== code.sentence) continue;
    if (!input.lexicon.vehicleCues.has(next.text.toLowerCase())) continue;
    out.push({
      start: code.start,
      end: code.end,
      text: code.text,
      sentence: code.sentence,
      tokenStart: i,
      tokenEnd: i + 1,
      label: 'PRODUCT',
      rule: 'ner:designation/vehicle',
      strong: true,
    });
  }
  return out;
};
