/**
 * Averaged multiclass perceptron (Collins 2002) with the lazy-averaging trick: alongside the weights `w`
 * it keeps `u`, the sum of each update times the step it happened at; the average is then `w − u / step`.
 */
export class AveragedPerceptron {
  readonly index = new Map<string, number>();
  private w: Float64Array;
  private u: Float64Array;
  private step = 1;

  constructor(readonly nLabels: number) {
    this.w = new Float64Array(1024 * nLabels);
    this.u = new Float64Array(1024 * nLabels);
  }

  /** Row of a feature; with `grow`, unseen features get a new zero row, else -1. */
  row(feature: string, grow: boolean): number {
    const known = this.index.get(feature);
    if (known !== undefined) return known;
    if (!grow) return -1;
    const row = this.index.size;
    this.index.set(feature, row);
    if ((row + 1) * this.nLabels > this.w.length) this.growTo(this.w.length * 2);
    return row;
  }

  private growTo(size: number): void {
    const w = new Float64Array(size);
    w.set(this.w);
    const u = new Float64Array(size);
    u.set(this.u);
    this.w = w;
    this.u = u;
  }

  addScores(row: number, scores: Float64Array): void {
    const base = row * this.nLabels;
    for (let y = 0; y < this.nLabels; y++) scores[y] = (scores[y] ?? 0) + (this.w[base + y] ?? 0);
  }

  /** One training step: on a mistake, moves every active row towards `gold` and away from `predicted`. */
  update(rows: readonly number[], gold: number, predicted: number): void {
    if (gold !== predicted) {
      for (const row of rows) {
        if (row < 0) continue;
        this.bump(row * this.nLabels + gold, 1);
        this.bump(row * this.nLabels + predicted, -1);
      }
    }
    this.step++;
  }

  private bump(slot: number, delta: number): void {
    this.w[slot] = (this.w[slot] ?? 0) + delta;
    this.u[slot] = (this.u[slot] ?? 0) + this.step * delta;
  }

  /**
   * The averaged weights of the features whose largest |weight| reaches `minMagnitude` (the rest are
   * dropped: they barely move a decision and would only bloat the model file).
   */
  averaged(minMagnitude: number): { features: string[]; weights: Float32Array } {
    const kept: { feature: string; row: number }[] = [];
    for (const [feature, row] of this.index) {
      let max = 0;
      for (let y = 0; y < this.nLabels; y++)
        max = Math.max(max, Math.abs(this.average(row * this.nLabels + y)));
      if (max >= minMagnitude) kept.push({ feature, row });
    }
    const weights = new Float32Array(kept.length * this.nLabels);
    kept.forEach(({ row }, k) => {
      for (let y = 0; y < this.nLabels; y++)
        weights[k * this.nLabels + y] = this.average(row * this.nLabels + y);
    });
    return { features: kept.map((k) => k.feature), weights };
  }

  private average(slot: number): number {
    return (this.w[slot] ?? 0) - (this.u[slot] ?? 0) / this.step;
  }
}
