/**
 * The two numeric steps of scripts/derive-word-clusters.ts: context vectors (positive PMI of left and right
 * neighbours, randomly projected to a few dimensions) and spherical k-means over them. Deterministic.
 */

/**
 * One unit vector of `dims` floats per vocabulary word (row-major): PPMI of each left/right context word
 * (context counts smoothed by ^0.75), each side scaled to unit length, projected by seeded ±1 signs.
 */
export function projectContexts(
  sentences: readonly (readonly string[])[],
  vocabulary: readonly string[],
  contexts: readonly string[],
  dims: number,
  random: () => number,
): Float32Array {
  const wordId = new Map(vocabulary.map((w, i) => [w, i]));
  const contextId = new Map(contexts.map((w, i) => [w, i]));
  const c = contexts.length;
  const pairs = vocabulary.map(() => new Map<number, number>());
  const wordCount = new Float64Array(vocabulary.length);
  const contextCount = new Float64Array(2 * c);

  for (const s of sentences)
    s.forEach((w, i) => {
      const id = wordId.get(w);
      if (id === undefined) return;
      const sides = [contextId.get(s[i - 1] ?? ''), contextId.get(s[i + 1] ?? '')];
      sides.forEach((ctx, side) => {
        if (ctx === undefined) return;
        const key = side * c + ctx;
        const m = pairs[id]!;
        m.set(key, (m.get(key) ?? 0) + 1);
        wordCount[id]! += 1;
        contextCount[key]! += 1;
      });
    });
  let smoothedTotal = 0;
  const smoothed = Float64Array.from(contextCount, (n) => n ** 0.75);
  for (const n of smoothed) smoothedTotal += n;
  const signs = Float32Array.from({ length: 2 * c * dims }, () => (random() < 0.5 ? -1 : 1));
  const out = new Float32Array(vocabulary.length * dims);
  const side = [new Float64Array(dims), new Float64Array(dims)];
  pairs.forEach((m, id) => {
    side.forEach((v) => v.fill(0));
    for (const [key, n] of m) {
      const pmi = Math.log((n * smoothedTotal) / ((wordCount[id] ?? 1) * (smoothed[key] ?? 1)));
      if (pmi <= 0) continue;
      const v = side[key < c ? 0 : 1]!;
      for (let d = 0; d < dims; d++) v[d]! += pmi * signs[key * dims + d]!;
    }
    const row = out.subarray(id * dims, (id + 1) * dims);
    for (const v of side) {
      const norm = Math.hypot(...v) || 1;
      for (let d = 0; d < dims; d++) row[d]! += v[d]! / norm;
    }
    normalise(row);
  });

  return out;
}

function normalise(row: Float32Array): void {
  let sum = 0;
  for (const x of row) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (let d = 0; d < row.length; d++) row[d]! /= norm;
}

/**
 * Spherical k-means (cosine); initial centroids are the words at evenly spaced ranks of the vocabulary
 * (it is sorted by frequency), so the result depends on nothing but the input. Returns each word's cluster.
 */
export function sphericalKMeans(
  vectors: Float32Array,
  n: number,
  dims: number,
  k: number,
  iterations: number,
): Int32Array {
  const centroids = new Float32Array(k * dims);
  for (let j = 0; j < k; j++) {
    const from = Math.floor((j * n) / k) * dims;
    centroids.set(vectors.subarray(from, from + dims), j * dims);
  }
  const assignment = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestScore = -Infinity;
      const base = i * dims;
      for (let j = 0; j < k; j++) {
        const cb = j * dims;
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += vectors[base + d]! * centroids[cb + d]!;
        if (dot > bestScore) {
          bestScore = dot;
          best = j;
        }
      }
      assignment[i] = best;
    }
    const sums = new Float32Array(k * dims);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const j = assignment[i]!;
      sizes[j]! += 1;
      for (let d = 0; d < dims; d++) sums[j * dims + d]! += vectors[i * dims + d]!;
    }
    for (let j = 0; j < k; j++) {
      if (sizes[j] === 0) continue; // an empty cluster keeps its centroid
      const row = sums.subarray(j * dims, (j + 1) * dims);
      normalise(row);
      centroids.set(row, j * dims);
    }
  }
  return assignment;
}
