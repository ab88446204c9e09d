/**
 * MinHash signatures (Broder 1997) over word shingles. The share of positions where two signatures agree
 * estimates the Jaccard similarity of the two shingle sets (standard error √(J(1−J)/k) for k hashes).
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Hashes of the text's `size`-word shingles (lower-cased words; punctuation and spacing ignored). */
export function shingleHashes(text: string, size: number): Set<number> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  // A text shorter than one shingle is one shingle: two such texts are duplicates only if identical.
  const last = Math.max(0, words.length - size);
  for (let i = 0; i <= last; i++) hashes.add(fnv1a(words.slice(i, i + size).join(' ')));
  return hashes;
}

/** The MinHash signature: for each of `k` seeded hash functions, the least hash over the shingles. */
export function minhashSignature(shingles: Set<number>, k: number): Uint32Array {
  const signature = new Uint32Array(k).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < k; i++) {
      const h = fmix32(shingle ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Share of agreeing positions: the MinHash estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n > 0 ? same / n : 0;
}

/** FNV-1a, 32 bits, over UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a cheap, well-mixing bijection on 32-bit integers. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds (deterministic signatures across runs and machines), drawn from a Weyl sequence. */
const MAX_HASHES = 512;
const SEEDS: Uint32Array = Uint32Array.from({ length: MAX_HASHES }, (_, i) =>
  fmix32(Math.imul(i + 1, 0x9e3779b9)),
);
export const MAX_SIGNATURE_LENGTH = MAX_HASHES;
