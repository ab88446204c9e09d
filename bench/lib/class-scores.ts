/**
 * Single-label classification scores, as scikit-learn defines them: per class, precision = correct /
 * predicted as the class, recall = correct / gold of the class, F1 their harmonic mean (0 when both are 0);
 * macro-F1 is the unweighted mean of the per-class F1 over the label set; accuracy is correct / items.
 *
 * An item may have no prediction (`undefined`: the system coded nothing). It then counts against the
 * gold class's recall and against accuracy, and adds no predicted label.
 */

export interface LabelledItem {
  gold: string;
  predicted: string | undefined;
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface ClassificationScores {
  accuracy: number;
  macroF1: number;
  /** Items that got a prediction / all items. */
  coverage: number;
  items: number;
  perClass: Record<string, ClassScore>;
}

export function harmonic(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Scores items over `labels` when given (e.g. the five Multi-CoPED classes), else over every label seen
 * in gold or prediction (scikit-learn's default).
 */
export function classificationScores(
  items: readonly LabelledItem[],
  labels?: readonly string[],
): ClassificationScores {
  const seen = new Set<string>();
  for (const { gold, predicted } of items) {
    seen.add(gold);
    if (predicted !== undefined) seen.add(predicted);
  }
  const classes = labels ? [...labels] : [...seen].sort();
  const perClass: Record<string, ClassScore> = {};
  for (const c of classes) {
    const gold = items.filter((i) => i.gold === c).length;
    const predicted = items.filter((i) => i.predicted === c).length;
    const correct = items.filter((i) => i.gold === c && i.predicted === c).length;
    const precision = predicted === 0 ? 0 : correct / predicted;
    const recall = gold === 0 ? 0 : correct / gold;
    perClass[c] = { precision, recall, f1: harmonic(precision, recall), gold, predicted, correct };
  }
  const f1s = classes.map((c) => perClass[c]?.f1 ?? 0);
  const n = items.length;
  return {
    accuracy: n === 0 ? 0 : items.filter((i) => i.predicted === i.gold).length / n,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    coverage: n === 0 ? 0 : items.filter((i) => i.predicted !== undefined).length / n,
    items: n,
    perClass,
  };
}
