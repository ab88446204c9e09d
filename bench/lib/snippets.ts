/**
 * Trafilatura's evaluation metric (adbar/trafilatura `tests/eval_common.py`, `count_item` and
 * `ConfusionMatrix`): each page lists snippets that must appear in the extracted text (`with`) and
 * snippets that must not (`without`). After whitespace normalisation (runs of white space → one space,
 * ends trimmed) on both sides, a `with` snippet found in the text is a true positive and a missing one a
 * false negative; a `without` snippet found is a false positive and an absent one a true negative. A page
 * whose extraction failed counts every `with` as a false negative and every `without` as a true negative.
 * Counts are summed over all pages (micro-average): precision = TP/(TP+FP), recall = TP/(TP+FN),
 * F1 = 2TP/(2TP+FP+FN), accuracy = (TP+TN)/all.
 */
import { harmonicMean } from './prf.js';

export interface SnippetItem {
  with: readonly string[];
  without: readonly string[];
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/**
 * Python's `re.sub(r"\s+", " ", text).strip()`. Python's `\s` also covers the separators U+001C–U+001F and
 * U+0085, which JavaScript's does not; JavaScript's covers U+FEFF, which Python's does not (a BOM inside a
 * page is dropped by both extractors anyway).
 */
// eslint-disable-next-line no-control-regex -- Python's \s includes the information separators U+001C–U+001F.
const WHITE_SPACE_RUN = /[\s\u001c-\u001f\u0085]+/gu;

export function normaliseWhitespace(text: string): string {
  return text.replace(WHITE_SPACE_RUN, ' ').replace(/^ | $/g, '');
}

/** Counts for one page; `text` undefined means the extraction failed. */
export function countSnippets(item: SnippetItem, text: string | undefined): Confusion {
  if (text === undefined) return { tp: 0, fp: 0, fn: item.with.length, tn: item.without.length };
  const normalised = normaliseWhitespace(text);
  const found = (snippet: string): boolean => normalised.includes(normaliseWhitespace(snippet));
  const tp = item.with.filter(found).length;
  const fp = item.without.filter(found).length;
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function addConfusion(total: Confusion, page: Confusion): void {
  total.tp += page.tp;
  total.fp += page.fp;
  total.fn += page.fn;
  total.tn += page.tn;
}

export interface SnippetScores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function snippetScores({ tp, fp, fn, tn }: Confusion): SnippetScores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const all = tp + fp + fn + tn;
  // 2TP/(2TP+FP+FN) is the harmonic mean of precision and recall whenever TP > 0, and 0 otherwise.
  return {
    precision,
    recall,
    f1: harmonicMean(precision, recall),
    accuracy: all === 0 ? 0 : (tp + tn) / all,
  };
}
