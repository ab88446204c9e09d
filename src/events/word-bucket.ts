/**
 * A word's bucket among 1,024 (FNV-1a of its characters): a table's bitset of its words' buckets rules out
 * most other words without a lookup in the table (pattern-keys.ts). Word forms keep theirs (lemma.ts).
 */
export const BUCKETS = 1024;

export function wordBucket(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** The bitset of some words' buckets. */
export function bucketSet(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(BUCKETS / 32);
  for (const w of words) {
    const b = wordBucket(w);
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return bits;
}

export const inBuckets = (bits: Uint32Array, bucket: number): boolean =>
  (bits[bucket >>> 5]! & (1 << (bucket & 31))) !== 0;
