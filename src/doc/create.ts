import { identityMap } from './offsets.js';
import type { Doc, Meta, Source } from './types.js';

/** A Doc before cleaning and analysis: `text` is `raw`, every layer empty. */
export function newDoc(fields: { id: string; source: Source; meta: Meta; raw: string }): Doc {
  return {
    ...fields,
    text: fields.raw,
    toRaw: identityMap(fields.raw.length),
    removed: [],
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    timexes: [],
    quotes: [],
    places: [],
    events: [],
    findings: [],
    diagnostics: [],
  };
}
