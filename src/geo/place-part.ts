import type { Mention } from '../doc/types.js';
import { lookupName, type Lookup } from './lookup.js';
import { orgIsPlace } from './org-places.js';
import type { Gazetteer } from './types.js';

/** A place found inside a longer mention, with its gazetteer lookup. */
export interface PlacePart {
  mention: Mention;
  found: Lookup;
}

/**
 * `text`, the part of mention `m` at `start` ("Laurel County" in "Laurel County Fiscal Court", "Cincinnati" in
 * "University of Cincinnati"), read as a place of its own when the gazetteer knows it and `orgIsPlace` accepts
 * it: a GPE mention of the geo stage's own, with no entity, under `rule`. `after` is the text after the part.
 */
export function placePart(
  m: Mention,
  text: string,
  start: number,
  rule: string,
  gazetteer: Gazetteer,
  placeNames: ReadonlySet<string>,
  after = '',
): PlacePart | undefined {
  const found = lookupName(text, after, gazetteer);
  if (!found || found.prefers) return undefined;
  const part = { ...m, start, end: start + text.length, text };
  if (!orgIsPlace(part, found.hits, after, placeNames)) return undefined;
  return { mention: { ...part, label: 'GPE', entity: '', rule }, found };
}
