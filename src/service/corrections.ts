import { NewsgraphError } from '../errors.js';
import type { Correction, Store } from '../store/index.js';

/** What a reporter gives: the annotation's place and what is wrong (the text is read from the article). */
export interface CorrectionReport {
  articleId: string;
  kind: string;
  start: number;
  end: number;
  label?: string | undefined;
  note: string;
}

/**
 * Stores a reported mistake. The article must be stored and the span inside its text; the span's text is
 * taken from the article, so the record says exactly what was annotated.
 */
export async function reportCorrection(store: Store, report: CorrectionReport): Promise<Correction> {
  const doc = await store.get(report.articleId);
  if (!doc) throw new NewsgraphError('NOT_FOUND', report.articleId, 'no stored article has this id');
  const { start, end } = report;
  if (start < 0 || end <= start || end > doc.text.length) {
    throw new NewsgraphError(
      'BAD_ARGUMENT',
      `${start}-${end}`,
      `the span must lie inside the article's text (0-${doc.text.length})`,
    );
  }
  const { label, ...rest } = report;
  return store.addCorrection({ ...rest, text: doc.text.slice(start, end), ...(label ? { label } : {}) });
}

/** One line per correction: `#3 2026-12-07 quote 8d1c…:120-164 "…" (label): note`. */
export function formatCorrections(corrections: readonly Correction[]): string {
  if (corrections.length === 0) return 'No corrections.\n';
  return corrections
    .map((c) => {
      const label = c.label ? ` (${c.label})` : '';
      return `#${c.id} ${c.createdAt.slice(0, 10)} ${c.kind} ${c.articleId}:${c.start}-${c.end} "${c.text}"${label}: ${c.note}\n`;
    })
    .join('');
}
