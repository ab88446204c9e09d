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
      const filed = doc.events.length > 0 ? await store.articleCorpusEvents(summary.id) : [];
      const eventCounts = new Map(
        filed.map((e) => [
          e.idx,
          { mentions: e.numMentions, sources: e.numSources, articles: e.numArticles },
        ]),
      );
      yield { doc, storedAt: summary.createdAt, ...(eventCounts.size > 0 ? { eventCounts } : {}) };
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
