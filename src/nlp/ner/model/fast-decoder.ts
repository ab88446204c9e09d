/**
 * Tagging-time greedy decoder: the same features, in the same order, with the same transition constraints
 * as `decodeGreedy` + features.ts (which training uses), but every feature is an integer row found through
 * per-word caches (word-forms.ts, pair-features.ts) and load-time tables (feature-tables.ts), so a token
 * costs a few Map lookups and no string building. Summing in the same order keeps scores bit-identical.
 */
import { HISTORY_TYPES, occurrenceKind, type NerDocContext } from './doc-context.js';
import { featureTables, type FeatureTables } from './feature-tables.js';
import type { Gazetteer } from './gazetteer.js';
import { BILOU_LABELS, labelPrefix, labelType, transitionMask } from './labels.js';
import { PairFeatures } from './pair-features.js';
import { CASINGS, CLUSTER_SLOT, MODE_SLOT, MODES, SLOT, WordForms, type WordForm } from './word-forms.js';
import { WordClusters } from './word-clusters.js';

const N_LABELS = BILOU_LABELS.length;
const N_CASINGS = CASINGS.length;
const ALLOWED = transitionMask();
const CANNOT_END = Uint8Array.from(BILOU_LABELS, (l) =>
  labelPrefix(l) === 'B' || labelPrefix(l) === 'I' ? 1 : 0,
);
/** BILOU label → prediction-history slot (its type's index in HISTORY_TYPES). */
const HISTORY_SLOT = Int32Array.from(BILOU_LABELS, (l) =>
  HISTORY_TYPES.indexOf(labelType(l) as (typeof HISTORY_TYPES)[number]),
);
const CASING_NAMES = CASINGS;
/**
 * Cache bounds (≈25 MB at most): past these many word forms or remembered pairs, the caches are dropped
 * between two sentences and refilled as needed.
 */
export const CACHE_LIMITS = { forms: 50_000, pairs: 500_000 } as const;

export class FastDecoder {
  private readonly forms: WordForms;
  private readonly pairs: PairFeatures;
  private readonly tables: FeatureTables;
  private readonly scores = new Float64Array(N_LABELS);

  constructor(
    private readonly weights: Float32Array,
    featureRow: (feature: string) => number,
    private readonly gazetteer: Gazetteer,
    clusters: WordClusters = new WordClusters(undefined),
    private readonly limits: { forms: number; pairs: number } = CACHE_LIMITS,
  ) {
    this.forms = new WordForms(featureRow, gazetteer, clusters);
    this.pairs = new PairFeatures(featureRow);
    this.tables = featureTables(featureRow, gazetteer);
  }

  /** The casing class of a word, from the cache (for NerDocContext). */
  readonly casingOf = (word: string): (typeof CASING_NAMES)[number] =>
    CASING_NAMES[this.forms.get(word).casing] ?? 'none';

  /**
   * Label indexes into BILOU_LABELS for one sentence; records each prediction in `doc`'s history.
   * `observe` sees each token's final label scores (tests compare them with the string-feature path).
   */
  decode(
    words: readonly string[],
    doc: NerDocContext,
    observe?: (i: number, scores: Float64Array) => void,
  ): number[] {
    if (this.forms.size > this.limits.forms || this.pairs.remembered > this.limits.pairs) {
      this.forms.clear(); // the pairs live on the forms
      this.pairs.remembered = 0;
    }
    const n = words.length;
    const forms = words.map((w) => this.forms.get(w));
    const mode = sentenceMode(forms);
    const gazetteer = this.gazetteer.matchCodes(
      forms.map((f) => f.lower),
      forms.map((f) => f.gazetteerEntry),
    );
    const padLeft = this.forms.pad('<s>');
    const padRight = this.forms.pad('</s>');
    const t = this.tables;
    const out: number[] = [];
    let prev1 = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      const self = forms[i]!;
      const left1 = i >= 1 ? forms[i - 1]! : padLeft;
      const left2 = i >= 2 ? forms[i - 2]! : padLeft;
      const right1 = i + 1 < n ? forms[i + 1]! : padRight;
      const right2 = i + 2 < n ? forms[i + 2]! : padRight;
      const initial = i === 0 || left1.opener ? 1 : 0;
      const c = self.casing;
      // Observation features, in features.ts order; the leading ones depend on the word alone.
      this.scores.set(self.leadingScores[mode] ?? this.leadingScores(self, mode));
      this.add(left1.rows[SLOT.lowerLeft1]);
      this.add(right1.rows[SLOT.lowerRight1]);
      this.add(left2.rows[SLOT.lowerLeft2]);
      this.add(right2.rows[SLOT.lowerRight2]);
      this.add(this.pairs.leftLower(left1, self));
      this.add(this.pairs.lowerRight(self, right1));
      this.add(this.pairs.around(left1, right1));
      this.add(left1.rows[SLOT.wordLeft1]);
      this.add(right1.rows[SLOT.wordRight1]);
      this.add(this.forms.modeRow(left1, mode, MODE_SLOT.left1));
      this.add(this.forms.modeRow(right1, mode, MODE_SLOT.right1));
      this.add(this.forms.modeRow(left2, mode, MODE_SLOT.left2));
      this.add(this.forms.modeRow(right2, mode, MODE_SLOT.right2));
      this.add(this.pairs.shapes(left1, self, right1, mode));
      this.add(this.pairs.leftLowerShape(left1, self, mode));
      this.add(this.pairs.shapeRightLower(self, right1, mode));
      this.add(t.init[initial * N_CASINGS + c]);
      this.add(t.mode[(mode * N_CASINGS + c) * 2 + initial]);
      const kind = occurrenceKind(CASING_NAMES[c] ?? 'none', i, MODES[mode] ?? 'mixed');
      const elsewhere = doc.elsewhereCode(self.lower, kind);
      this.add(t.doc[((elsewhere * N_CASINGS + c) * 2 + initial) * MODES.length + mode]);
      const here = gazetteer[i];
      if (here)
        for (const g of here) {
          this.add(t.gazetteer[g]);
          this.add(t.gazetteerCasing[g * N_CASINGS + c]);
        }
      const before = i >= 1 ? gazetteer[i - 1] : undefined;
      if (before) for (const g of before) this.add(t.gazetteerLeft[g]);
      const after = i + 1 < n ? gazetteer[i + 1] : undefined;
      if (after) for (const g of after) this.add(t.gazetteerRight[g]);
      for (let k = 0; k < CLUSTER_SLOT.selfCount; k++) this.add(self.clusterRows[CLUSTER_SLOT.self + k]);
      this.add(left1.clusterRows[CLUSTER_SLOT.left1]);
      this.add(right1.clusterRows[CLUSTER_SLOT.right1]);
      // Label features, in features.ts order.
      this.add(t.prevLabel[prev1]);
      this.add(t.prevLabels[prev2 * N_LABELS + prev1]);
      this.add(this.forms.prevLabelLowerRow(self, prev1));
      this.add(this.forms.prevLabelShapeRow(self, prev1));
      const history = doc.historySlot(self.lower);
      if (history >= 0) {
        this.add(t.history[history]);
        this.add(this.forms.historyShapeRow(self, history, initial === 1));
      }
      observe?.(i, this.scores);
      const best = this.best(prev1, i === n - 1);
      doc.recordSlot(self.lower, HISTORY_SLOT[best] ?? 0);
      out.push(best);
      prev2 = prev1;
      prev1 = best;
    }
    return out;
  }

  /** Sums the word's leading features from zero, in order (the same additions `decode` would do). */
  private leadingScores(self: WordForm, mode: number): Float64Array {
    this.scores.fill(0);
    this.add(this.tables.bias);
    this.add(self.rows[SLOT.word]);
    this.add(self.rows[SLOT.lower]);
    this.add(this.forms.modeRow(self, mode, MODE_SLOT.longShape));
    this.add(this.forms.modeRow(self, mode, MODE_SLOT.shortShape));
    for (let k = 0; k < self.affixRows.length; k++) this.add(self.affixRows[k]);
    return (self.leadingScores[mode] = Float64Array.from(this.scores));
  }

  private add(row: number | undefined): void {
    if (row === undefined || row < 0) return;
    const base = row * N_LABELS;
    const scores = this.scores;
    for (let y = 0; y < N_LABELS; y++) scores[y]! += this.weights[base + y]!;
  }

  private best(prev: number, last: boolean): number {
    let best = 0;
    let bestScore = -Infinity;
    for (let y = 0; y < N_LABELS; y++) {
      if (ALLOWED[prev * N_LABELS + y] === 0) continue;
      if (last && CANNOT_END[y] === 1) continue;
      const score = this.scores[y]!;
      if (score > bestScore) {
        bestScore = score;
        best = y;
      }
    }
    return best;
  }
}

/** sentence-view.ts's `sentenceMode`, as an index into MODES. */
function sentenceMode(forms: readonly WordForm[]): number {
  let upper = 0;
  let lower = 0;
  for (const f of forms) {
    const c = CASING_NAMES[f.casing];
    if (c === 'lower' || c === 'mixed') lower++;
    else if (c === 'upper' || c === 'title') upper++;
  }
  if (lower === 0 && upper > 0) return MODES.indexOf('upper');
  if (upper === 0 && lower > 0) return MODES.indexOf('lower');
  return MODES.indexOf('mixed');
}
