/**
 * Scores for a clustering of items against gold classes. Both are maps item → label, over the same items.
 *
 * B-cubed (Bagga & Baldwin 1998, "Algorithms for scoring coreference chains"): for each item d,
 *   precision(d) = |pred(d) ∩ gold(d)| / |pred(d)|,  recall(d) = |pred(d) ∩ gold(d)| / |gold(d)|,
 * where pred(d) and gold(d) are the predicted cluster and gold class containing d (d included). Precision
 * and recall are averaged over items with equal weights; F1 is the harmonic mean of the two averages.
 *
 * Adjusted Rand index (Hubert & Arabie 1985): with n_ij the contingency table of predicted cluster i vs gold
 * class j, a_i and b_j its row and column sums, n the number of items and C(x) = x(x−1)/2,
 *   index = Σ C(n_ij),  expected = Σ C(a_i) · Σ C(b_j) / C(n),  max = (Σ C(a_i) + Σ C(b_j)) / 2,
 *   ARI = (index − expected) / (max − expected)   (1 when max = expected, i.e. both partitions trivial and equal).
 */

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

type Labels = ReadonlyMap<string, string>;

function checkSameItems(gold: Labels, predicted: Labels): void {
  if (gold.size !== predicted.size || [...gold.keys()].some((k) => !predicted.has(k)))
    throw new Error('clustering scores: gold and predicted must label the same items');
}

/** Sizes of each label's group, and of each (predicted, gold) pair's overlap. */
function contingency(gold: Labels, predicted: Labels) {
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const cell = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = predicted.get(item)!;
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const key = JSON.stringify([p, g]);
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  return { goldSize, predSize, cell, cellKey: (p: string, g: string) => JSON.stringify([p, g]) };
}

export function bcubed(gold: Labels, predicted: Labels): BCubed {
  checkSameItems(gold, predicted);
  if (gold.size === 0) return { precision: 0, recall: 0, f1: 0 };
  const { goldSize, predSize, cell, cellKey } = contingency(gold, predicted);
  let precision = 0;
  let recall = 0;
  for (const [item, g] of gold) {
    const p = predicted.get(item)!;
    const both = cell.get(cellKey(p, g))!;
    precision += both / predSize.get(p)!;
    recall += both / goldSize.get(g)!;
  }
  precision /= gold.size;
  recall /= gold.size;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

export function adjustedRandIndex(gold: Labels, predicted: Labels): number {
  checkSameItems(gold, predicted);
  const { goldSize, predSize, cell } = contingency(gold, predicted);
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((s, x) => s + pairs(x), 0);
  const index = sum(cell);
  const rows = sum(predSize);
  const cols = sum(goldSize);
  const total = pairs(gold.size);
  const expected = total > 0 ? (rows * cols) / total : 0;
  const max = (rows + cols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
