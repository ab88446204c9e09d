import type { SearchHit } from '../../store/index.js';
import { oneLine } from './text.js';

/** Search results as text: id, date and title on one line, the snippet indented below. */
export function formatSearchHits(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return 'No matching articles.\n';
  return hits
    .map(
      (h) =>
        `${h.id}  ${h.published ?? '          '}  ${h.title ?? '(no title)'}\n    ${oneLine(h.snippet)}\n`,
    )
    .join('');
}
