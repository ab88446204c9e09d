/**
 * The gazetteer read from its file (gazetteer-file.ts): the same answers as the GazetteerIndex it was
 * written from, but loading costs one file read and views on it. Keys are found through the file's hash
 * table; strings and entries are made when first asked for and then reused, so the same place is always
 * the same object (stages compare entries by identity and cache per entry).
 */
import { endianness } from 'node:os';
import {
  MAGIC,
  NONE,
  keyHash,
  NUMBER_FIELDS,
  STRING_FIELDS,
  VIAS,
  type GazetteerFileHeader,
  type SectionName,
} from './gazetteer-file.js';
import { foldName } from './normalise.js';
import type { Gazetteer, GazetteerEntry, IndexHit } from './types.js';

const NO_HITS: readonly IndexHit[] = [];
const N_STRINGS = STRING_FIELDS.length;
const N_NUMBERS = NUMBER_FIELDS.length;

interface TypedArrayType<T> {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

export class PackedGazetteer implements Gazetteer {
  readonly size: number;
  private readonly bytes: Buffer;
  private readonly stringStart: Uint32Array;
  private readonly strings: (string | undefined)[];
  private readonly keyHashes: Uint32Array;
  private readonly keyTable: Uint32Array;
  private readonly entryStrings: Uint32Array;
  private readonly entryNumbers: Float64Array;
  private readonly hitStart: Uint32Array;
  private readonly hitEntry: Uint32Array;
  private readonly hitVia: Uint8Array;
  private readonly extras: GazetteerFileHeader['extras'];
  private readonly entries: (GazetteerEntry | undefined)[];
  private readonly hitLists: (readonly IndexHit[] | undefined)[];
  private readonly exact = new Map<string, readonly IndexHit[]>();
  private readonly countries: Map<string, number>;

  constructor(file: Buffer) {
    const header = readHeader(file);
    if (!header) throw new Error('gazetteer file: not a gazetteer file of this version and byte order');
    // Typed arrays need their element alignment; a Buffer from readFileSync starts at offset 0.
    const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
    const view = <T>(name: SectionName, Type: TypedArrayType<T>): T => {
      const [offset, length] = header.sections[name];
      return new Type(bytes.buffer, bytes.byteOffset + offset, length / Type.BYTES_PER_ELEMENT);
    };
    const [textOffset, textLength] = header.sections.stringBytes;
    this.bytes = bytes.subarray(textOffset, textOffset + textLength);
    this.stringStart = view('stringStart', Uint32Array);
    this.strings = new Array<string | undefined>(this.stringStart.length - 1);
    this.keyHashes = view('keyHash', Uint32Array);
    this.keyTable = view('keyTable', Uint32Array);
    this.entryStrings = view('entryStrings', Uint32Array);
    this.entryNumbers = view('entryNumbers', Float64Array);
    this.hitStart = view('hitStart', Uint32Array);
    this.hitEntry = view('hitEntry', Uint32Array);
    this.hitVia = view('hitVia', Uint8Array);
    this.size = header.size;
    this.extras = header.extras;
    this.entries = new Array<GazetteerEntry | undefined>(header.entryCount);
    this.hitLists = new Array<readonly IndexHit[] | undefined>(header.keyCount);
    for (const [text, list] of header.exact)
      this.exact.set(
        text,
        list.map(([id, via]) => ({ entry: this.entry(id), via: VIAS[via]! })),
      );
    this.countries = new Map(header.countries);
  }

  hits(key: string): readonly IndexHit[] {
    const k = this.keyId(key);
    if (k < 0) return NO_HITS;
    let list = this.hitLists[k];
    if (!list) {
      const made: IndexHit[] = [];
      for (let h = this.hitStart[k]!; h < this.hitStart[k + 1]!; h++)
        made.push({ entry: this.entry(this.hitEntry[h]!), via: VIAS[this.hitVia[h]!]! });
      this.hitLists[k] = list = made;
    }
    return list;
  }

  exactHits(text: string): readonly IndexHit[] {
    return this.exact.get(text) ?? NO_HITS;
  }

  lookup(name: string): readonly GazetteerEntry[] {
    return this.hits(foldName(name)).map((h) => h.entry);
  }

  has(name: string): boolean {
    return this.keyId(foldName(name)) >= 0;
  }

  country(iso2: string): GazetteerEntry | undefined {
    const id = this.countries.get(iso2.toUpperCase());
    return id === undefined ? undefined : this.entry(id);
  }

  /** The key's id, or -1: probe the table from the key's hash slot until an empty slot. */
  private keyId(key: string): number {
    const hash = keyHash(key);
    const mask = this.keyTable.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = this.keyTable[slot]! - 1;
      if (k < 0) return -1;
      if (this.keyHashes[k] === hash && this.string(k) === key) return k;
    }
  }

  private string(id: number): string {
    let value = this.strings[id];
    if (value === undefined)
      this.strings[id] = value = this.bytes.toString('utf8', this.stringStart[id], this.stringStart[id + 1]);
    return value;
  }

  private entry(id: number): GazetteerEntry {
    const made = this.entries[id];
    if (made) return made;
    const record: Record<string, unknown> = {};
    STRING_FIELDS.forEach((field, c) => {
      const s = this.entryStrings[id * N_STRINGS + c]!;
      if (s !== NONE) record[field] = this.string(s);
    });
    NUMBER_FIELDS.forEach((field, c) => {
      const n = this.entryNumbers[id * N_NUMBERS + c]!;
      if (!Number.isNaN(n)) record[field] = n;
    });
    const entry = Object.assign(record, this.extras[id]) as unknown as GazetteerEntry;
    this.entries[id] = entry;
    return entry;
  }
}

/** The file's header, or undefined when it is not a whole gazetteer file this code can read. */
export function readHeader(file: Buffer): GazetteerFileHeader | undefined {
  try {
    if (file.length < MAGIC.length + 4 || file.toString('latin1', 0, MAGIC.length) !== MAGIC)
      return undefined;
    const length = file.readUInt32LE(MAGIC.length);
    const header = JSON.parse(
      file.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length),
    ) as GazetteerFileHeader;
    if (header.endianness !== endianness()) return undefined;
    const whole = Object.values(header.sections).every(([offset, size]) => offset + size <= file.length);
    return whole ? header : undefined;
  } catch {
    return undefined;
  }
}
