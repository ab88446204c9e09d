/**
 * Name lists matched against token sequences, case-insensitively (so headlines in capitals and lower-case
 * text still hit). The lists themselves are built at training time (see gazetteer-sources.ts) and stored in
 * the model file, so the model and the lists it was trained with never drift apart.
 */

/** Category name → phrases (any case; matched lower-cased, tokens joined by one space). */
export type GazetteerLists = Record<string, readonly string[]>;

/** Longest phrase, in tokens, that the matcher tries. */
const MAX_PHRASE_TOKENS = 4;

const ANY_SPACE = /\s/;

/** Flag of `entry`: the token starts a longer listed phrase. */
const STARTS_PHRASE = 1 << 30;

/** Position of a token inside a matched phrase, indexed by `code % 4`. */
const POSITIONS = ['B', 'I', 'L', 'U'] as const;

export class Gazetteer {
  /** Lower-cased phrase → bit set of categories. */
  private readonly phrases = new Map<string, number>();
  /** Proper prefixes (whole tokens) of multi-token phrases: where extending a match can still succeed. */
  private readonly prefixes = new Set<string>();
  readonly categories: readonly string[];

  constructor(readonly lists: GazetteerLists) {
    this.categories = Object.keys(lists).sort();
    this.categories.forEach((category, bit) => {
      for (const phrase of lists[category] ?? []) {
        const lower = phrase.toLowerCase();
        // Most phrases are one word: no splitting, joining or prefixes (a third of the model's load time).
        const words = ANY_SPACE.test(lower) ? lower.split(/\s+/).filter(Boolean) : lower ? [lower] : [];
        if (words.length > MAX_PHRASE_TOKENS) continue;
        const key = words.length === 1 ? lower : words.join(' ');
        this.phrases.set(key, (this.phrases.get(key) ?? 0) | (1 << bit));
        for (let k = 1; k < words.length; k++) this.prefixes.add(words.slice(0, k).join(' '));
      }
    });
  }

  /**
   * What one lower-cased token alone contributes to matching: the categories listing it as a one-token
   * phrase (bits) and whether it starts a longer phrase. Callers may cache it per word for `matchCodes`.
   */
  entry(lower: string): number {
    return (this.phrases.get(lower) ?? 0) | (this.prefixes.has(lower) ? STARTS_PHRASE : 0);
  }

  /** A match code's feature value, `CATEGORY:B|I|L|U`. */
  codeName(code: number): string {
    return (this.categories[code >> 2] ?? '') + ':' + POSITIONS[code & 3];
  }

  /** Number of distinct match codes (categories × positions). */
  get codeCount(): number {
    return this.categories.length * POSITIONS.length;
  }

  /**
   * For each token, the features of the longest match per category covering it, as `CATEGORY:B|I|L|U`
   * (position inside the matched phrase). `lower` is the sentence's lower-cased tokens.
   */
  match(lower: readonly string[]): string[][] {
    return Array.from(this.matchCodes(lower), (codes) => (codes ?? []).map((code) => this.codeName(code)));
  }

  /**
   * `match` as codes (`category index * 4 + position`, see codeName), undefined for tokens with none.
   * A phrase is only extended while it is the start of a longer listed phrase, so most tokens cost one
   * lookup, or none when `entries` gives each token's `entry` (from a cache).
   */
  matchCodes(lower: readonly string[], entries?: ArrayLike<number>): (number[] | undefined)[] {
    const out = new Array<number[] | undefined>(lower.length).fill(undefined);
    const nCategories = this.categories.length;
    let covered: Int32Array | undefined;
    const ends: number[] = [];
    const endBits: number[] = [];
    for (let start = 0; start < lower.length; start++) {
      ends.length = 0;
      endBits.length = 0;
      const first = entries ? (entries[start] ?? 0) : this.entry(lower[start] ?? '');
      const firstBits = first & ~STARTS_PHRASE;
      if (firstBits !== 0) {
        ends.push(start + 1);
        endBits.push(firstBits);
      }
      const last =
        (first & STARTS_PHRASE) === 0 ? start + 1 : Math.min(lower.length, start + MAX_PHRASE_TOKENS);
      let key = lower[start] ?? '';
      for (let end = start + 2; end <= last; end++) {
        key = key + ' ' + (lower[end - 1] ?? '');
        const bits = this.phrases.get(key);
        if (bits !== undefined) {
          ends.push(end);
          endBits.push(bits);
        }
        if (!this.prefixes.has(key)) break;
      }
      // Longest first, so a token inside "New York City" is marked as part of it, not of "York".
      for (let e = ends.length - 1; e >= 0; e--) {
        const end = ends[e] ?? 0;
        const bits = endBits[e] ?? 0;
        covered ??= new Int32Array(lower.length * nCategories).fill(-1);
        for (let bit = 0; bit < nCategories; bit++) {
          if ((bits & (1 << bit)) === 0) continue;
          for (let i = start; i < end; i++) {
            const slot = i * nCategories + bit;
            if ((covered[slot] ?? -1) >= 0) continue;
            covered[slot] = start;
            const pos = end - start === 1 ? 3 : i === start ? 0 : i === end - 1 ? 2 : 1;
            (out[i] ??= []).push(bit * 4 + pos);
          }
        }
      }
    }
    return out;
  }
}
