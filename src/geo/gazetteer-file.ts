/**
 * The built gazetteer as one compact file (cached by gazetteer-cache.ts), so a process maps it in a few
 * milliseconds instead of rebuilding 160,000 entries from the npm packages at every start.
 *
 * Layout: `MAGIC`, a uint32 header length, a JSON header, then 8-byte-aligned sections of typed arrays in
 * the platform's byte order (the file never leaves the machine that wrote it; the header names the order).
 * Strings (index keys first, then every other distinct string) are UTF-8 with a table of where each
 * starts; an open-addressing hash table over the keys finds a key without building a Map at load; each
 * entry is a row of string ids and a row of numbers; each key's hits are a range of (entry, via) pairs.
 * Fields outside the columns (rare ones, or any a later version of GazetteerEntry adds) go in the header.
 */
import { endianness } from 'node:os';
import type { GazetteerContents } from './gazetteer-index.js';
import type { GazetteerEntry, IndexHit, MatchVia } from './types.js';

export const MAGIC = 'NGGAZ02\n';
export const VIAS: readonly MatchVia[] = ['name', 'alt', 'stripped', 'alias', 'demonym'];
/** String columns, in row order; `NONE` where the entry has no such field. */
export const STRING_FIELDS = ['name', 'country', 'admin1', 'admin1Code', 'featureClass', 'source'] as const;
/** Number columns, in row order; NaN where the entry has no such field. */
export const NUMBER_FIELDS = ['lat', 'lon', 'population', 'geonameId'] as const;
export const NONE = 0xffffffff;
const COLUMNS = new Set<string>([...STRING_FIELDS, ...NUMBER_FIELDS]);

export interface GazetteerFileHeader {
  endianness: 'LE' | 'BE';
  size: number;
  entryCount: number;
  keyCount: number;
  hitCount: number;
  /** Byte offset and length of each section from the start of the file. */
  sections: Record<SectionName, [number, number]>;
  /** Entry id → fields that are not columns. */
  extras: Record<number, Record<string, unknown>>;
  /** Forms matched exactly as written → [entry id, via index][]. */
  exact: [string, [number, number][]][];
  /** ISO alpha-2 → entry id. */
  countries: [string, number][];
}

export type SectionName =
  | 'stringBytes'
  | 'stringStart'
  | 'keyHash'
  | 'keyTable'
  | 'entryStrings'
  | 'entryNumbers'
  | 'hitStart'
  | 'hitEntry'
  | 'hitVia';

/** FNV-1a over a string's UTF-16 code units: the key table's hash (the same when writing and reading). */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Open-addressing table: slot → key id + 1 (0: empty), at least twice as many slots as keys. */
function keyTable(hashes: Uint32Array): Uint32Array {
  let size = 1;
  while (size < hashes.length * 2) size *= 2;
  const table = new Uint32Array(size);
  hashes.forEach((hash, k) => {
    let slot = hash & (size - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
    table[slot] = k + 1;
  });
  return table;
}

/** Writes the index's contents in the layout above. */
export function encodeGazetteer({ byKey, exact, countries, size }: GazetteerContents): Buffer {
  const ids = new Map<GazetteerEntry, number>();
  const idOf = (entry: GazetteerEntry): number => {
    let id = ids.get(entry);
    if (id === undefined) ids.set(entry, (id = ids.size));
    return id;
  };
  const hitStart = new Uint32Array(byKey.size + 1);
  const hits: IndexHit[] = [];
  let k = 0;
  for (const list of byKey.values()) {
    hitStart[k++] = hits.length;
    hits.push(...list);
  }
  hitStart[k] = hits.length;
  const hitEntry = Uint32Array.from(hits, (h) => idOf(h.entry));
  const hitVia = Uint8Array.from(hits, (h) => viaIndex(h.via));
  const exactRows = [...exact].map(([text, list]): [string, [number, number][]] => [
    text,
    list.map((h) => [idOf(h.entry), viaIndex(h.via)]),
  ]);
  const countryRows = [...countries].map(([iso, entry]): [string, number] => [iso, idOf(entry)]);
  const strings = new StringTable([...byKey.keys()]);
  const entries = [...ids.keys()];
  const entryStrings = new Uint32Array(entries.length * STRING_FIELDS.length);
  const entryNumbers = new Float64Array(entries.length * NUMBER_FIELDS.length);
  const extras: Record<number, Record<string, unknown>> = {};
  entries.forEach((entry, id) => {
    const record = entry as unknown as Record<string, unknown>;
    STRING_FIELDS.forEach((field, c) => {
      const value = record[field];
      entryStrings[id * STRING_FIELDS.length + c] = value === undefined ? NONE : strings.id(value, field);
    });
    NUMBER_FIELDS.forEach((field, c) => {
      const value = record[field];
      if (value !== undefined && typeof value !== 'number')
        throw new Error(`gazetteer file: ${field} of "${entry.name}" is not a number`);
      entryNumbers[id * NUMBER_FIELDS.length + c] = value ?? NaN;
    });
    const rest = Object.entries(record).filter(([key, value]) => !COLUMNS.has(key) && value !== undefined);
    if (rest.length > 0) extras[id] = Object.fromEntries(rest);
  });
  const keyHashes = Uint32Array.from(byKey.keys(), keyHash);
  const { bytes: stringBytes, starts: stringStart } = strings.encoded();
  const sections: [SectionName, Uint8Array][] = [
    ['stringBytes', stringBytes],
    ['stringStart', bytesOf(stringStart)],
    ['keyHash', bytesOf(keyHashes)],
    ['keyTable', bytesOf(keyTable(keyHashes))],
    ['entryStrings', bytesOf(entryStrings)],
    ['entryNumbers', bytesOf(entryNumbers)],
    ['hitStart', bytesOf(hitStart)],
    ['hitEntry', bytesOf(hitEntry)],
    ['hitVia', hitVia],
  ];
  const header: Omit<GazetteerFileHeader, 'sections'> = {
    endianness: endianness(),
    size,
    entryCount: entries.length,
    keyCount: byKey.size,
    hitCount: hits.length,
    extras,
    exact: exactRows,
    countries: countryRows,
  };
  return assemble(header, sections);
}

/** Header, then each section at an 8-byte boundary; the header records where each section is. */
function assemble(
  header: Omit<GazetteerFileHeader, 'sections'>,
  sections: [SectionName, Uint8Array][],
): Buffer {
  // The header's length depends on the offsets it lists: lay out with a generous fixed-width estimate.
  const placeholder: Record<string, [number, number]> = {};
  for (const [name] of sections) placeholder[name] = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  const headerRoom = align(Buffer.byteLength(JSON.stringify({ ...header, sections: placeholder })));
  let offset = align(MAGIC.length + 4 + headerRoom);
  const layout = {} as Record<SectionName, [number, number]>;
  for (const [name, bytes] of sections) {
    layout[name] = [offset, bytes.byteLength];
    offset = align(offset + bytes.byteLength);
  }
  const file = Buffer.alloc(offset);
  file.write(MAGIC, 0, 'latin1');
  const json = Buffer.from(JSON.stringify({ ...header, sections: layout }), 'utf8');
  file.writeUInt32LE(json.length, MAGIC.length);
  json.copy(file, MAGIC.length + 4);
  for (const [name, bytes] of sections) file.set(bytes, layout[name][0]);
  return file;
}

/** Distinct strings, each with an id; the first ones are the index keys, in order. */
class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  constructor(keys: readonly string[]) {
    for (const key of keys) this.id(key, 'key');
  }

  id(value: unknown, field: string): number {
    if (typeof value !== 'string')
      throw new Error(`gazetteer file: ${field} ${JSON.stringify(value)} is not a string`);
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(value, id);
      this.list.push(value);
    }
    return id;
  }

  /** The strings' UTF-8 one after the other, and where each starts (one more start: the end). */
  encoded(): { bytes: Buffer; starts: Uint32Array } {
    const parts = this.list.map((value) => Buffer.from(value, 'utf8'));
    const starts = new Uint32Array(parts.length + 1);
    parts.forEach((part, i) => (starts[i + 1] = starts[i]! + part.length));
    return { bytes: Buffer.concat(parts), starts };
  }
}

function viaIndex(via: MatchVia): number {
  const index = VIAS.indexOf(via);
  if (index < 0) throw new Error(`gazetteer file: unknown match kind "${via}"`);
  return index;
}

const bytesOf = (array: Uint32Array | Float64Array): Uint8Array =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

export const align = (n: number): number => Math.ceil(n / 8) * 8;
