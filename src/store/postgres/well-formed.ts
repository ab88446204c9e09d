import type { Doc } from '../../doc/types.js';

/**
 * PostgreSQL text and jsonb cannot hold U+0000 or a lone UTF-16 surrogate, which SQLite stores as given. A
 * Doc holding one is stored with each such code unit replaced by U+FFFD: one code unit for one, so every
 * span offset still points at the same text. Checked on the JSON, where both show as `\u` escapes (valid
 * surrogate pairs are written as themselves), so ordinary Docs pay one regex test.
 */
const SUSPECT = /\\u0000|\\ud[89a-f]/i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `doc` made storable in PostgreSQL, given its JSON; `doc` itself when it is already (nearly always). */
export function storableDoc(doc: Doc, json: string): Doc {
  if (!SUSPECT.test(json)) return doc;
  const clean = JSON.stringify(doc, (_key, value: unknown) =>
    typeof value === 'string' ? value.replaceAll('\0', '\ufffd').replace(LONE_SURROGATE, '\ufffd') : value,
  );
  return JSON.parse(clean) as Doc;
}
