import { stripAffix } from './affixes.js';
import { foldName } from './normalise.js';
import type { Gazetteer, GazetteerEntry, IndexHit, MatchVia } from './types.js';

const NO_HITS: readonly IndexHit[] = [];

/**
 * Entries whose names carry an administrative affix worth indexing without it ("Kursk Oblast" → "kursk").
 * Not counties: bare "Walker" or "Jackson" is a town far more often than the county named after it.
 */
const isAdminLike = (e: GazetteerEntry): boolean => e.featureClass === 'A.ADM1' || e.featureClass === 'L.RGN';

/** The name index: folded name → entries, each with how the name reaches it. Built once, read-only after. */
export class GazetteerIndex implements Gazetteer {
  private readonly byKey = new Map<string, IndexHit[]>();
  private readonly countries = new Map<string, GazetteerEntry>();
  private readonly exact = new Map<string, IndexHit[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  addEntry(entry: GazetteerEntry): void {
    this.count++;
    if (entry.featureClass === 'A.PCLI' && entry.country) this.countries.set(entry.country, entry);
    for (const name of [entry.name, ...(entry.altNames ?? [])]) {
      const key = foldName(name);
      this.add(key, entry, name === entry.name ? 'name' : 'alt');
      if (isAdminLike(entry)) {
        const stripped = stripAffix(key);
        if (stripped) this.add(stripped.core, entry, 'stripped');
      }
    }
  }

  /** Indexes `entry` under `key`, once per key (an alternative name may fold to the name itself). */
  add(key: string, entry: GazetteerEntry, via: MatchVia): void {
    if (!key) return;
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [{ entry, via }]);
    else if (!list.some((h) => h.entry === entry)) list.push({ entry, via });
  }

  /** Indexes a form matched only exactly as written (abbreviations that fold to ordinary words). */
  addExact(text: string, entry: GazetteerEntry): void {
    const list = this.exact.get(text);
    if (!list) this.exact.set(text, [{ entry, via: 'alias' }]);
    else if (!list.some((h) => h.entry === entry)) list.push({ entry, via: 'alias' });
  }

  exactHits(text: string): readonly IndexHit[] {
    return this.exact.get(text) ?? NO_HITS;
  }

  hits(key: string): readonly IndexHit[] {
    return this.byKey.get(key) ?? NO_HITS;
  }

  lookup(name: string): readonly GazetteerEntry[] {
    return this.hits(foldName(name)).map((h) => h.entry);
  }

  has(name: string): boolean {
    return this.byKey.has(foldName(name));
  }

  country(iso2: string): GazetteerEntry | undefined {
    return this.countries.get(iso2.toUpperCase());
  }

  /** What the index holds, for writing it to a file (gazetteer-file.ts). */
  contents(): GazetteerContents {
    return { byKey: this.byKey, exact: this.exact, countries: this.countries, size: this.count };
  }
}

export interface GazetteerContents {
  byKey: ReadonlyMap<string, readonly IndexHit[]>;
  exact: ReadonlyMap<string, readonly IndexHit[]>;
  countries: ReadonlyMap<string, GazetteerEntry>;
  size: number;
}
