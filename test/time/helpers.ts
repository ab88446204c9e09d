/** Builds Docs by hand for the time stage's tests: one sentence per line (and per ". "), optional places. */
import { createContext } from '../../src/context.js';
import { newDoc } from '../../src/doc/create.js';
import type { Doc, Place, Timex } from '../../src/doc/types.js';
import { normaliseTime } from '../../src/time/index.js';

export const ctx = createContext();

export function docOf(text: string, published?: string, timeZone?: string): Doc {
  const meta = { ...(published ? { published } : {}), ...(timeZone ? { timeZone } : {}) };
  const doc = newDoc({ id: 't', source: { kind: 'text' }, meta, raw: text });
  let pos = 0;
  for (const part of text.split(/(?<=\n)|(?<=[a-z]{3}\. )(?=[A-Z])/)) {
    if (part.length > 0)
      doc.sentences.push({ start: pos, end: pos + part.length, text: part, index: doc.sentences.length });
    pos += part.length;
  }
  return doc;
}

/** A place on the first occurrence of `name`, in the sentence that holds it. */
export function placeAt(doc: Doc, name: string, timeZone: string, featureClass = 'P.PPL'): Place {
  const start = doc.text.indexOf(name);
  if (start < 0) throw new Error(`no ${name} in the text`);
  const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  return {
    start,
    end: start + name.length,
    text: name,
    name,
    lat: 0,
    lon: 0,
    featureClass,
    timeZone,
    confidence: 1,
    source: 'test',
    sentence,
    rule: 'test',
  };
}

export function timexes(text: string, published?: string, places: [string, string, string?][] = []): Timex[] {
  const doc = docOf(text, published);
  for (const [name, zone, cls] of places) doc.places.push(placeAt(doc, name, zone, cls));
  return normaliseTime(doc, ctx).timexes;
}

/** [text, type, value, anchored] of each timex, for table comparisons. */
export const brief = (ts: Timex[]): [string, string, string, boolean][] =>
  ts.map((t) => [t.text, t.type, t.value, t.anchored]);
