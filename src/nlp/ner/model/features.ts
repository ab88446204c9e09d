/**
 * Feature templates. Observation features depend on the words only (computed once per token, and during
 * training once per corpus); label features depend on the labels already predicted to the left.
 */
import { occurrenceKind, type NerDocContext } from './doc-context.js';
import type { SentenceView } from './sentence-view.js';

const PAD_LEFT = '<s>';
const PAD_RIGHT = '</s>';

function at(list: readonly string[], i: number, pad: string): string {
  return i < 0 || i >= list.length ? pad : (list[i] ?? pad);
}

/** Appends token `i`'s observation features to `out`. */
export function observationFeatures(s: SentenceView, i: number, doc: NerDocContext, out: string[]): void {
  const lw = s.lower[i] ?? '';
  const shape = s.shortShapes[i] ?? '';
  const casing = s.casings[i] ?? 'none';
  const initial = s.initial[i] ? 'I' : 'n';
  // Case-sensitive templates carry the sentence mode, so ALL-CAPS and lower-case sentences (where every
  // token has the same casing) learn their own weights instead of diluting those of ordinary text.
  const mode = s.mode === 'mixed' ? '' : s.mode;
  out.push(
    'b',
    'w=' + (s.words[i] ?? ''),
    'l=' + lw,
    'sh=' + (s.longShapes[i] ?? '') + mode,
    'ss=' + shape + mode,
  );
  const n = lw.length;
  for (let k = 1; k <= 4 && k < n; k++)
    out.push('p' + k + '=' + lw.slice(0, k), 's' + k + '=' + lw.slice(n - k));
  const l1 = at(s.lower, i - 1, PAD_LEFT);
  const r1 = at(s.lower, i + 1, PAD_RIGHT);
  const ls1 = at(s.shortShapes, i - 1, PAD_LEFT);
  const rs1 = at(s.shortShapes, i + 1, PAD_RIGHT);
  out.push(
    'l-1=' + l1,
    'l+1=' + r1,
    'l-2=' + at(s.lower, i - 2, PAD_LEFT),
    'l+2=' + at(s.lower, i + 2, PAD_RIGHT),
    'l-1l=' + l1 + '|' + lw,
    'll+1=' + lw + '|' + r1,
    'l-1l+1=' + l1 + '|' + r1,
    'w-1=' + at(s.words, i - 1, PAD_LEFT),
    'w+1=' + at(s.words, i + 1, PAD_RIGHT),
    'ss-1=' + ls1 + mode,
    'ss+1=' + rs1 + mode,
    'ss-2=' + at(s.shortShapes, i - 2, PAD_LEFT) + mode,
    'ss+2=' + at(s.shortShapes, i + 2, PAD_RIGHT) + mode,
    'sss=' + ls1 + '|' + shape + '|' + rs1 + mode,
    'l-1ss=' + l1 + '|' + shape + mode,
    'ssl+1=' + shape + '|' + r1 + mode,
    'init=' + initial + casing,
    'mode=' + s.mode + casing + initial,
  );
  const elsewhere = doc.elsewhere(lw, occurrenceKind(casing, i, s.mode));
  out.push('doc=' + elsewhere + casing + initial + s.mode);
  for (const g of s.gazetteer[i] ?? []) out.push('g=' + g, 'gc=' + g + casing);
  for (const g of s.gazetteer[i - 1] ?? []) out.push('g-1=' + g);
  for (const g of s.gazetteer[i + 1] ?? []) out.push('g+1=' + g);
  // Word clusters: the word's own at every level, the middle level with its casing ("may" / "May"), and the
  // neighbours' middle level.
  const c = s.clusters[i];
  if (c) out.push('c0=' + c[0], 'c1=' + c[1], 'c2=' + c[2], 'cc=' + c[1] + casing);
  const left = s.clusters[i - 1];
  if (left) out.push('c-1=' + left[1]);
  const right = s.clusters[i + 1];
  if (right) out.push('c+1=' + right[1]);
}

/** Appends the features that depend on the two labels predicted before token `i`. */
export function labelFeatures(
  s: SentenceView,
  i: number,
  prev1: string,
  prev2: string,
  history: string | undefined,
  out: string[],
): void {
  const lw = s.lower[i] ?? '';
  const shape = s.shortShapes[i] ?? '';
  out.push(
    'y-1=' + prev1,
    'y-2y-1=' + prev2 + '|' + prev1,
    'y-1l=' + prev1 + '|' + lw,
    'y-1ss=' + prev1 + '|' + shape,
  );
  if (history !== undefined)
    out.push('h=' + history, 'hs=' + history + '|' + shape + (s.initial[i] ? 'I' : 'n'));
}
