import { createContext, type Context } from '../../src/context.js';
import type { Doc, Place } from '../../src/doc/types.js';
import { resolvePlaces } from '../../src/geo/index.js';
import { markedDoc } from './marked-doc.js';

/** One context for all geo tests: the gazetteer loads once per test file. */
const ctx: Context = createContext();

export function resolveMarked(marked: string): Doc {
  return resolvePlaces(markedDoc(marked), ctx);
}

export function resolveDoc(doc: Doc): Doc {
  return resolvePlaces(doc, ctx);
}

export function sharedContext(): Context {
  return ctx;
}

/** The place resolved for the first mention whose text is `text`. */
export function placeFor(doc: Doc, text: string): Place | undefined {
  return doc.places.find((p) => p.text === text);
}

/** Great-circle distance in km (written out again so the test does not trust the code under test). */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
