import { writeExport, type ExportFormat, type StoredDoc } from '../export/index.js';
import { MAX_LIMIT, type Store } from '../store/index.js';

/**
 * Every stored article with the time it was stored, newest publication first (the store's list order),
 * read a page at a time so memory holds one page of summaries and one Doc.
 */
export async function* storedDocs(store: Store): AsyncGenerator<StoredDoc> {
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const page = await store.list({ limit: MAX_LIMIT, offset });
    for (const summary of page) {
      const doc = await store.get(summary.id);
      if (!doc) continue;
      const corpus = doc.events.length > 0 ? await store.getArticleCorpus(summary.id) : undefined;
      const eventSources = new Map(
        (corpus?.corroboration ?? []).filter((c) => c.kind === 'event').map((c) => [c.idx, c.sources]),
      );
      yield { doc, storedAt: summary.createdAt, ...(eventSources.size > 0 ? { eventSources } : {}) };
    }
    if (page.length < MAX_LIMIT) return;
  }
}

/** Writes the whole store in `format`; the CLI and the HTTP API differ only in where `write` goes. */
export function exportStore(
  store: Store,
  format: ExportFormat,
  write: (chunk: string) => Promise<void>,
): Promise<{ articles: number }> {
  return writeExport(storedDocs(store), format, write);
}
