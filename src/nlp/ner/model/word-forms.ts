/**
 * Per word form, the model rows of every feature template that depends on that one word (its own
 * word/affix/shape features, the ones it gives its neighbours, and its half of the label-word pairs), so
 * decoding looks up a word's feature strings once per process instead of building ~45 strings per token.
 * Every row is found through the very feature strings of features.ts, so the scores cannot drift from the
 * training-time templates (test/nlp/ner-model/fast-tagger.test.ts checks the two paths agree).
 */
import { OPENERS } from './sentence-view.js';
import { casing, longShape, shortShape, type Casing } from './shape.js';
import { BILOU_LABELS } from './labels.js';
import { HISTORY_TYPES } from './doc-context.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordClusters } from './word-clusters.js';

/** Casing classes in table order (a form stores its casing as an index into this). */
export const CASINGS: readonly Casing[] = ['upper', 'title', 'lower', 'mixed', 'none'];
/** Sentence modes in table order. */
export const MODES = ['mixed', 'upper', 'lower'] as const;

const N_LABELS = BILOU_LABELS.length;
/** Row slots of a form (`WordForm.rows`). Mode-dependent and label-dependent ones are filled lazily. */
export const SLOT = {
  word: 0, // w=
  lower: 1, // l=
  lowerLeft1: 2, // l-1= (this word as the left neighbour)
  lowerRight1: 3, // l+1=
  lowerLeft2: 4, // l-2=
  lowerRight2: 5, // l+2=
  wordLeft1: 6, // w-1=
  wordRight1: 7, // w+1=
  /** Per mode, 6 slots: sh=, ss=, ss-1=, ss+1=, ss-2=, ss+2= (shape + mode suffix). */
  byMode: 8,
  /** Per previous label: y-1l=. */
  prevLabelLower: 8 + 3 * 6,
  /** Per previous label: y-1ss=. */
  prevLabelShape: 8 + 3 * 6 + N_LABELS,
  /** Per history type × initial flag: hs=. */
  historyShape: 8 + 3 * 6 + 2 * N_LABELS,
} as const;
const N_SLOTS = SLOT.historyShape + HISTORY_TYPES.length * 2;
/** Mode-dependent slot offsets inside a mode's block of 6. */
export const MODE_SLOT = { longShape: 0, shortShape: 1, left1: 2, right1: 3, left2: 4, right2: 5 } as const;
const MODE_PREFIXES = ['sh=', 'ss=', 'ss-1=', 'ss+1=', 'ss-2=', 'ss+2='];
/** Not looked up yet (rows are ≥ 0; -1 means the feature is not in the model). */
const UNKNOWN = -2;
/** `WordForm.clusterRows` of a word the cluster table lacks. */
const CLUSTERLESS = Int32Array.of(-1, -1, -1, -1, -1, -1);
/** Slots of `WordForm.clusterRows`. */
export const CLUSTER_SLOT = { self: 0, selfCount: 4, left1: 4, right1: 5 } as const;

export interface WordForm {
  readonly word: string;
  readonly lower: string;
  /** Dense ids of `lower` and of the short shape, for keying feature pairs by number. */
  readonly lowerId: number;
  readonly shapeId: number;
  readonly longShape: string;
  readonly shortShape: string;
  /** Index into CASINGS. */
  readonly casing: number;
  /** A capital after this token is syntax (opening quote, bracket…). */
  readonly opener: boolean;
  readonly rows: Int32Array;
  /** Rows of the prefix/suffix features present in the model, in template order (p1, s1, p2, s2…). */
  readonly affixRows: Int32Array;
  /**
   * Rows of the word-cluster features (features.ts order): `c0=`, `c1=`, `c2=`, `cc=` of the word itself,
   * then `c-1=` (as the left neighbour) and `c+1=` (as the right one); -1 where absent.
   */
  readonly clusterRows: Int32Array;
  /** `Gazetteer.entry` of the lower-cased word. */
  readonly gazetteerEntry: number;
  /**
   * Per sentence mode, the scores of the word's leading features (bias, word, lower, shapes, affixes)
   * summed in template order from zero, exactly as the decoder would add them one by one.
   */
  readonly leadingScores: (Float64Array | undefined)[];
  /** Rows of features pairing this word with a neighbour, by a small-integer key (see pair-features.ts). */
  pairRows: Map<number, number> | undefined;
}

export class WordForms {
  private readonly forms = new Map<string, WordForm>();
  private readonly lowerIds = new Map<string, number>();
  private readonly shapeIds = new Map<string, number>();

  constructor(
    private readonly featureRow: (feature: string) => number,
    private readonly gazetteer: Gazetteer,
    private readonly clusters: WordClusters,
  ) {}

  get size(): number {
    return this.forms.size;
  }

  /** Forgets everything (ids included): call only between sentences, when the cache grows too big. */
  clear(): void {
    this.forms.clear();
    this.lowerIds.clear();
    this.shapeIds.clear();
  }

  get(word: string): WordForm {
    return this.forms.get(word) ?? this.create(word, word.toLowerCase(), shortShape(word), longShape(word));
  }

  /** The sentence-boundary pseudo-word (`<s>` / `</s>`): its lower form and shape are the pad itself. */
  pad(pad: string): WordForm {
    const key = '\u0000' + pad;
    return this.forms.get(key) ?? this.create(pad, pad, pad, pad, key);
  }

  private create(word: string, lower: string, short: string, long: string, key = word): WordForm {
    const row = this.featureRow;
    const rows = new Int32Array(N_SLOTS).fill(UNKNOWN);
    rows[SLOT.word] = row('w=' + word);
    rows[SLOT.lower] = row('l=' + lower);
    rows[SLOT.lowerLeft1] = row('l-1=' + lower);
    rows[SLOT.lowerRight1] = row('l+1=' + lower);
    rows[SLOT.lowerLeft2] = row('l-2=' + lower);
    rows[SLOT.lowerRight2] = row('l+2=' + lower);
    rows[SLOT.wordLeft1] = row('w-1=' + word);
    rows[SLOT.wordRight1] = row('w+1=' + word);
    const affixes: number[] = [];
    const n = lower.length;
    for (let k = 1; k <= 4 && k < n; k++) {
      const p = row('p' + k + '=' + lower.slice(0, k));
      if (p >= 0) affixes.push(p);
      const s = row('s' + k + '=' + lower.slice(n - k));
      if (s >= 0) affixes.push(s);
    }
    const form: WordForm = {
      word,
      lower,
      lowerId: idOf(this.lowerIds, lower),
      shapeId: idOf(this.shapeIds, short),
      longShape: long,
      shortShape: short,
      casing: CASINGS.indexOf(casing(word)),
      opener: OPENERS.has(word),
      rows,
      affixRows: Int32Array.from(affixes),
      clusterRows: this.clusterRows(key === word ? this.clusters.of(lower) : undefined, word),
      gazetteerEntry: key === word ? this.gazetteer.entry(lower) : 0,
      leadingScores: [undefined, undefined, undefined],
      pairRows: undefined,
    };
    this.forms.set(key, form);
    return form;
  }

  private clusterRows(ids: readonly string[] | undefined, word: string): Int32Array {
    if (!ids) return CLUSTERLESS;
    const row = this.featureRow;
    const mid = ids[1] ?? '';
    return Int32Array.of(
      row('c0=' + (ids[0] ?? '')),
      row('c1=' + mid),
      row('c2=' + (ids[2] ?? '')),
      row('cc=' + mid + casing(word)),
      row('c-1=' + mid),
      row('c+1=' + mid),
    );
  }

  /** Row of a mode-dependent shape feature of `form` (MODE_SLOT), looked up on first use. */
  modeRow(form: WordForm, mode: number, which: number): number {
    const slot = SLOT.byMode + mode * 6 + which;
    let row = form.rows[slot] ?? -1;
    if (row === UNKNOWN) {
      const shape = which === MODE_SLOT.longShape ? form.longShape : form.shortShape;
      const suffix = mode === 0 ? '' : (MODES[mode] ?? '');
      form.rows[slot] = row = this.featureRow((MODE_PREFIXES[which] ?? '') + shape + suffix);
    }
    return row;
  }

  /** Row of `y-1l=` (previous label, this word), looked up on first use. */
  prevLabelLowerRow(form: WordForm, prev: number): number {
    const slot = SLOT.prevLabelLower + prev;
    let row = form.rows[slot] ?? -1;
    if (row === UNKNOWN)
      form.rows[slot] = row = this.featureRow('y-1l=' + (BILOU_LABELS[prev] ?? 'O') + '|' + form.lower);
    return row;
  }

  /** Row of `y-1ss=` (previous label, this word's short shape), looked up on first use. */
  prevLabelShapeRow(form: WordForm, prev: number): number {
    const slot = SLOT.prevLabelShape + prev;
    let row = form.rows[slot] ?? -1;
    if (row === UNKNOWN)
      form.rows[slot] = row = this.featureRow('y-1ss=' + (BILOU_LABELS[prev] ?? 'O') + '|' + form.shortShape);
    return row;
  }

  /** Row of `hs=` (history type, short shape, initial flag), looked up on first use. */
  historyShapeRow(form: WordForm, history: number, initial: boolean): number {
    const slot = SLOT.historyShape + history * 2 + (initial ? 1 : 0);
    let row = form.rows[slot] ?? -1;
    if (row === UNKNOWN)
      form.rows[slot] = row = this.featureRow(
        'hs=' + (HISTORY_TYPES[history] ?? 'O') + '|' + form.shortShape + (initial ? 'I' : 'n'),
      );
    return row;
  }
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}
