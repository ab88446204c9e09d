/**
 * Label schemes. The model predicts BILOU internally (Ratinov & Roth 2009 found it beats IOB for greedy
 * decoding); callers see IOB2 (`B-PER`, `I-PER`, `O`) over the four CoNLL types.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];

/** Index 0 is `O`; then B, I, L, U for each type in ENTITY_TYPES order. */
export const BILOU_LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t]),
];

export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(BILOU_LABELS.map((l, i) => [l, i]));

/** `B-PER` → `B`, `O` → `O`. */
export function labelPrefix(label: string): string {
  return label.charAt(0);
}

/** `B-PER` → `PER`, `O` → `O`. */
export function labelType(label: string): string {
  return label.length > 2 ? label.slice(2) : 'O';
}

/** A chunk over tokens: `[start, end)` token indexes and its type. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Chunks of an IOB2 or IOB1 tag sequence, with conlleval's rules: a chunk starts at `B-`, or at `I-` whose
 * type differs from the previous tag's (or follows `O`), and runs while `I-` of the same type follows.
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const prefix = labelPrefix(tag);
    const type = labelType(tag);
    const continues = open !== undefined && prefix === 'I' && type === open.type;
    if (continues) return;
    if (open) {
      open.end = i;
      spans.push(open);
      open = undefined;
    }
    if (tag !== 'O') open = { start: i, end: i + 1, type };
  });
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}

/** Encodes chunks over `length` tokens as BILOU labels. */
export function bilouFromSpans(spans: readonly TokenSpan[], length: number): string[] {
  const out: string[] = new Array<string>(length).fill('O');
  for (const { start, end, type } of spans) {
    if (end - start === 1) {
      out[start] = 'U-' + type;
      continue;
    }
    out[start] = 'B-' + type;
    for (let i = start + 1; i < end - 1; i++) out[i] = 'I-' + type;
    out[end - 1] = 'L-' + type;
  }
  return out;
}

/** Decodes BILOU labels as IOB2 tags; a stray `I`/`L` with no open chunk starts one (never loses an entity). */
export function iob2FromBilou(labels: readonly string[]): string[] {
  const out: string[] = [];
  let openType = 'O';
  for (const label of labels) {
    const prefix = labelPrefix(label);
    const type = labelType(label);
    if (prefix === 'O') {
      out.push('O');
      openType = 'O';
    } else if ((prefix === 'I' || prefix === 'L') && openType === type) {
      out.push('I-' + type);
      openType = prefix === 'L' ? 'O' : type;
    } else {
      out.push('B-' + type);
      openType = prefix === 'B' || prefix === 'I' ? type : 'O';
    }
  }
  return out;
}

/**
 * Which BILOU label may follow which: after `B-X`/`I-X` only `I-X`/`L-X`; `I-X`/`L-X` only after `B-X`/`I-X`.
 * `allowed[prev * n + next]`; the sentence start behaves like `O`.
 */
export function transitionMask(): Uint8Array {
  const n = BILOU_LABELS.length;
  const mask = new Uint8Array(n * n);
  for (let p = 0; p < n; p++) {
    for (let q = 0; q < n; q++) {
      const prev = BILOU_LABELS[p] ?? 'O';
      const next = BILOU_LABELS[q] ?? 'O';
      const inside = labelPrefix(prev) === 'B' || labelPrefix(prev) === 'I';
      const continuing = labelPrefix(next) === 'I' || labelPrefix(next) === 'L';
      const ok = inside ? continuing && labelType(next) === labelType(prev) : !continuing;
      mask[p * n + q] = ok ? 1 : 0;
    }
  }
  return mask;
}
