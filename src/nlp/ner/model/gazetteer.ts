/**
 * Name lists matched against token sequences, case-insensitively (so headlines in capitals and lower-case
 * text still hit). The lists themselves are built at training time (see gazetteer-sources.ts) and stored in
 * the model file, so the model and the lists it was trained with never drift apart.
 */

/** Category name → phrases (any case; matched lower-cased, tokens joined by one space). */
export type GazetteerLists = Record<string, readonly string[]>;

/** Longest phrase, in tokens, that the matcher tries. */
const MAX_PHRASE_TOKENS = 4;

export class Gazetteer {
  /** Lower-cased phrase → bit set of categories. */
  private readonly phrases = new Map<string, number>();
  readonly categories: readonly string[];

  constructor(readonly lists: GazetteerLists) {
    this.categories = Object.keys(lists).sort();
    this.categories.forEach((category, bit) => {
      for (const phrase of lists[category] ?? []) {
        const key = phrase.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
        if (key.split(' ').length > MAX_PHRASE_TOKENS) continue;
        this.phrases.set(key, (this.phrases.get(key) ?? 0) | (1 << bit));
      }
    });
  }

  /**
   * For each token, the features of the longest match per category covering it, as `CATEGORY:B|I|L|U`
   * (position inside the matched phrase). `lower` is the sentence's lower-cased tokens.
   */
  match(lower: readonly string[]): string[][] {
    const out: string[][] = lower.map(() => []);
    const covered = new Int32Array(lower.length * this.categories.length).fill(-1);
    for (let start = 0; start < lower.length; start++) {
      let key = '';
      const ends: { end: number; bits: number }[] = [];
      for (let end = start + 1; end <= Math.min(lower.length, start + MAX_PHRASE_TOKENS); end++) {
        key = end === start + 1 ? (lower[start] ?? '') : key + ' ' + (lower[end - 1] ?? '');
        const bits = this.phrases.get(key);
        if (bits !== undefined) ends.push({ end, bits });
      }
      // Longest first, so a token inside "New York City" is marked as part of it, not of "York".
      for (const { end, bits } of ends.reverse()) {
        this.categories.forEach((category, bit) => {
          if ((bits & (1 << bit)) === 0) return;
          for (let i = start; i < end; i++) {
            const slot = i * this.categories.length + bit;
            if ((covered[slot] ?? -1) >= 0) continue;
            covered[slot] = start;
            const pos = end - start === 1 ? 'U' : i === start ? 'B' : i === end - 1 ? 'L' : 'I';
            out[i]?.push(category + ':' + pos);
          }
        });
      }
    }
    return out;
  }
}
