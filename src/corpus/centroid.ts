import { dot, topUnit } from './sparse.js';
import type { SparseVector } from './types.js';

/**
 * The sum of a story's unit article vectors, with its squared length kept up to date in O(|v|) per article
 * (|s + v|² = |s|² + 2·s·v + |v|²), so a cosine against it never walks the whole centroid.
 */
export class Centroid {
  readonly sum: SparseVector = new Map();
  private squaredLength = 0;

  constructor(private readonly maxTerms: number) {}

  add(v: SparseVector): void {
    if (v.size === 0) return;
    let vv = 0;
    for (const x of v.values()) vv += x * x;
    this.squaredLength += 2 * dot(this.sum, v) + vv;
    for (const [k, x] of v) this.sum.set(k, (this.sum.get(k) ?? 0) + x);
    // Prune to three quarters of the cap, so pruning (a sort) happens once per many additions, not each time.
    if (this.sum.size > this.maxTerms) this.prune(Math.floor((this.maxTerms * 3) / 4));
  }

  /** Cosine between a unit vector and this centroid (0 when either is empty). */
  cosine(unit: SparseVector): number {
    return this.squaredLength > 0 ? dot(unit, this.sum) / Math.sqrt(this.squaredLength) : 0;
  }

  get empty(): boolean {
    return this.sum.size === 0;
  }

  private prune(keep: number): void {
    const length = Math.sqrt(this.squaredLength);
    const kept = topUnit(this.sum, keep);
    this.sum.clear();
    let squared = 0;
    for (const [k, x] of kept) {
      const scaled = x * length; // topUnit rescales to unit length; bring the mass back to the sum's scale
      this.sum.set(k, scaled);
      squared += scaled * scaled;
    }
    this.squaredLength = squared;
  }
}
