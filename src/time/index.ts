/**
 * The time stage: temporal expressions normalised to TimeML (TIMEX3) values, anchored on the publication
 * date. Finders (chrono-node and ours) propose candidates sentence by sentence; refiners keep one per
 * stretch of text and settle what the text left open (see configuration.ts).
 */
import type { Context } from '../context.js';
import type { Doc, Sentence, Timex } from '../doc/types.js';
import { publicationDay } from './anchor.js';
import { timeConfiguration } from './configuration.js';
import { timeTables } from './tables.js';
import type { Candidate, DocEnv } from './types.js';

export { utcOffsetMinutes } from './zones.js';
export { timemlExtent } from './extent.js';

export function normaliseTime(doc: Doc, ctx: Context): Doc {
  const config = timeConfiguration(ctx);
  const anchor = publicationDay(doc.meta);
  const env: DocEnv = { doc, tables: timeTables(ctx), ...(anchor ? { anchor } : {}) };
  const sentences: Sentence[] =
    doc.sentences.length > 0
      ? doc.sentences
      : [{ start: 0, end: doc.text.length, text: doc.text, index: -1 }];
  let candidates: Candidate[] = [];
  for (const sentence of sentences) {
    for (const finder of config.finders) for (const c of finder.find(sentence, env)) candidates.push(c);
  }
  for (const refiner of config.refiners) candidates = refiner.refine(candidates, env);
  const timexes = candidates.filter((c) => c.value !== '' && c.end > c.start).map((c) => toTimex(c, doc));
  if (!anchor && timexes.some((t) => !t.anchored)) {
    doc.diagnostics.push({
      stage: 'time',
      message: 'no publication date: relative times keep X placeholders',
    });
  }
  return { ...doc, timexes };
}

function toTimex(c: Candidate, doc: Doc): Timex {
  return {
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    anchored: c.anchored,
    ...(c.granularity ? { granularity: c.granularity } : {}),
    sentence: c.sentence,
    rule: c.rule,
  };
}
