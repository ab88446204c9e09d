/**
 * The knowledge base's name index as one file (cached by kb-cache.ts): the sorted names, for each name its
 * entries in bucket order, and each entry as one line of text. Why: building the shipped KB (27,000 rows,
 * 80,000 names) object by object was about a tenth of a cold `analyze`, half of it garbage collection; read
 * from this file it is one read and a few typed-array views, and an entry becomes an object only when a
 * lookup first returns it (then always the same object).
 *
 * Layout: a header of four 32-bit counts, then four 32-bit tables (name starts, bucket starts, bucket
 * entries, entry starts), then the names (sorted, concatenated) and the entry lines as UTF-8. Starts are
 * offsets in the decoded strings, so a name is compared and an entry cut without copying.
 */
import { endianness } from 'node:os';
import { parseCodeCell, type KbEntry, type KbType } from './rows.js';
import type { DatedCode } from '../events/dictionaries/actors.js';

const MAGIC = 0x424b474e; // "NGKB"
const HEADER_WORDS = 4; // magic, names, entries, bucket entries
/** Field and name separators inside an entry line (neither occurs in a TSV cell). */
const FIELD = '\u0001';
const NAME = '\u0002';

/** What a knowledge base answers: the entries that carry a normalised name. */
export interface NameIndex {
  get(name: string): readonly KbEntry[] | undefined;
}

const entryLine = (e: KbEntry): string =>
  [e.id, e.type, e.name, e.names.join(NAME), codesCell(e.codes)].join(FIELD);

function codesCell(codes: readonly DatedCode[]): string {
  return codes.map((c) => (c.from || c.to ? `${c.code} ${c.from ?? ''}..${c.to ?? ''}` : c.code)).join(';');
}

/** The file's bytes for an index built in memory (`indexKnowledge`'s `byName`). */
export function encodeNameIndex(byName: ReadonlyMap<string, readonly KbEntry[]>): Uint8Array {
  const names = [...byName.keys()].sort();
  const entryIds = new Map<KbEntry, number>();
  const lines: string[] = [];
  const bucketStart = new Uint32Array(names.length + 1);
  const bucketEntries: number[] = [];
  names.forEach((name, i) => {
    bucketStart[i] = bucketEntries.length;
    for (const e of byName.get(name)!) {
      let id = entryIds.get(e);
      if (id === undefined) {
        id = lines.length;
        entryIds.set(e, id);
        lines.push(entryLine(e));
      }
      bucketEntries.push(id);
    }
  });
  bucketStart[names.length] = bucketEntries.length;
  const header = Uint32Array.of(MAGIC, names.length, lines.length, bucketEntries.length);
  const tables = [header, starts(names), bucketStart, Uint32Array.from(bucketEntries), starts(lines)];
  const text = Buffer.from(names.join('') + lines.join(''), 'utf8');
  return Buffer.concat([...tables.map((t) => Buffer.from(t.buffer, t.byteOffset, t.byteLength)), text]);
}

/** Offsets of each string in their concatenation, and its total length last. */
function starts(strings: readonly string[]): Uint32Array {
  const out = new Uint32Array(strings.length + 1);
  strings.forEach((s, i) => (out[i + 1] = out[i]! + s.length));
  return out;
}

/** A header word, in this machine's byte order (the tables are written and viewed in it). */
const word = (bytes: Buffer, i: number): number =>
  endianness() === 'LE' ? bytes.readUInt32LE(i * 4) : bytes.readUInt32BE(i * 4);

/** True for bytes written by `encodeNameIndex` on a machine of this byte order (and not cut short). */
export function isNameIndexFile(bytes: Buffer): boolean {
  if (bytes.length < HEADER_WORDS * 4 || word(bytes, 0) !== MAGIC) return false;
  const [names, entries, bucket] = [1, 2, 3].map((i) => word(bytes, i));
  return bytes.length >= (HEADER_WORDS + names! + 1 + names! + 1 + bucket! + entries! + 1) * 4;
}

export class PackedNameIndex implements NameIndex {
  private readonly nameStart: Uint32Array;
  private readonly bucketStart: Uint32Array;
  private readonly bucketEntries: Uint32Array;
  private readonly entryStart: Uint32Array;
  private readonly names: string;
  private readonly lines: string;
  private readonly entries: (KbEntry | undefined)[];
  private readonly buckets = new Map<number, readonly KbEntry[]>();

  constructor(file: Buffer) {
    if (!isNameIndexFile(file)) throw new Error('KB index file: not an index of this version and byte order');
    const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
    let at = bytes.byteOffset + HEADER_WORDS * 4;
    const table = (length: number): Uint32Array => {
      const t = new Uint32Array(bytes.buffer, at, length);
      at += length * 4;
      return t;
    };
    const [nNames, nEntries, nBucket] = [1, 2, 3].map((i) => word(bytes, i)) as [number, number, number];
    this.nameStart = table(nNames + 1);
    this.bucketStart = table(nNames + 1);
    this.bucketEntries = table(nBucket);
    this.entryStart = table(nEntries + 1);
    const text = bytes.toString('utf8', at - bytes.byteOffset);
    this.names = text.slice(0, this.nameStart[nNames]);
    this.lines = text.slice(this.nameStart[nNames]);
    this.entries = new Array<KbEntry | undefined>(nEntries);
  }

  get(name: string): readonly KbEntry[] | undefined {
    const i = this.find(name);
    if (i < 0) return undefined;
    let bucket = this.buckets.get(i);
    if (!bucket) {
      const list: KbEntry[] = [];
      for (let k = this.bucketStart[i]!; k < this.bucketStart[i + 1]!; k++)
        list.push(this.entry(this.bucketEntries[k]!));
      this.buckets.set(i, (bucket = list));
    }
    return bucket;
  }

  /** Binary search over the sorted names (UTF-16 code unit order, as `Array.prototype.sort`). */
  private find(name: string): number {
    let lo = 0;
    let hi = this.nameStart.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(name, mid);
      if (c === 0) return mid;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  private compare(name: string, i: number): number {
    const start = this.nameStart[i]!;
    const length = this.nameStart[i + 1]! - start;
    const n = Math.min(name.length, length);
    for (let k = 0; k < n; k++) {
      const d = name.charCodeAt(k) - this.names.charCodeAt(start + k);
      if (d !== 0) return d;
    }
    return name.length - length;
  }

  private entry(i: number): KbEntry {
    const cached = this.entries[i];
    if (cached) return cached;
    const [id, type, name, names, cell] = this.lines
      .slice(this.entryStart[i], this.entryStart[i + 1])
      .split(FIELD) as [string, string, string, string, string];
    let codes: DatedCode[] | undefined;
    const entry: KbEntry = {
      id,
      type: type as KbType,
      name,
      names: names.split(NAME),
      // Parsed when first read, as the shipped table's entries are (rows.ts).
      get codes(): DatedCode[] {
        return (codes ??= parseCodeCell(cell));
      },
    };
    this.entries[i] = entry;
    return entry;
  }
}
