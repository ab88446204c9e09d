/**
 * Greedy left-to-right decoding over BILOU labels with the transition constraints enforced. Shared by
 * training (which updates weights at each step) and tagging, so both see exactly the same features.
 */
import type { NerDocContext } from './doc-context.js';
import { labelFeatures } from './features.js';
import { BILOU_LABELS, labelPrefix, labelType, transitionMask } from './labels.js';
import type { SentenceView } from './sentence-view.js';

const N_LABELS = BILOU_LABELS.length;
const ALLOWED = transitionMask();
/** Labels that cannot end a sentence (B, I): an entity must close before the sentence does. */
const CANNOT_END = new Uint8Array(
  BILOU_LABELS.map((l) => (labelPrefix(l) === 'B' || labelPrefix(l) === 'I' ? 1 : 0)),
);

export interface StepScorer {
  /** Adds the scores of token `i`'s observation features to `scores`. */
  observation(i: number, scores: Float64Array): void;
  /** Adds the scores of the given label-dependent features to `scores`. */
  features(features: readonly string[], scores: Float64Array): void;
}

/**
 * Called after each prediction with the label-dependent features used for it and the label before it; the
 * trainer updates here. Decoding continues from the label it returns (the predicted one when tagging).
 */
export type StepObserver = (
  i: number,
  predicted: number,
  previous: number,
  labelFeatures: readonly string[],
) => number;

/** Whether label `next` may follow label `previous` (indexes into BILOU_LABELS; 0 = O = sentence start). */
export function canFollow(previous: number, next: number): boolean {
  return ALLOWED[previous * N_LABELS + next] === 1;
}

/** Returns label indexes into BILOU_LABELS; records each prediction in the document's history. */
export function decodeGreedy(
  view: SentenceView,
  doc: NerDocContext,
  scorer: StepScorer,
  observe?: StepObserver,
): number[] {
  const n = view.words.length;
  const out: number[] = [];
  const scores = new Float64Array(N_LABELS);
  const dynamic: string[] = [];
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    scorer.observation(i, scores);
    dynamic.length = 0;
    const lw = view.lower[i] ?? '';
    labelFeatures(
      view,
      i,
      BILOU_LABELS[prev1] ?? 'O',
      BILOU_LABELS[prev2] ?? 'O',
      doc.historyType(lw),
      dynamic,
    );
    scorer.features(dynamic, scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let y = 0; y < N_LABELS; y++) {
      if (ALLOWED[prev1 * N_LABELS + y] === 0) continue;
      if (i === n - 1 && CANNOT_END[y] === 1) continue;
      const sc = scores[y] ?? 0;
      if (sc > bestScore) {
        bestScore = sc;
        best = y;
      }
    }
    if (observe) best = observe(i, best, prev1, dynamic);
    doc.record(lw, labelType(BILOU_LABELS[best] ?? 'O'));
    out.push(best);
    prev2 = prev1;
    prev1 = best;
  }
  return out;
}
