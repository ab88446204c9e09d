import { bound, type Db } from './db.js';
import type { SqlDialect } from './dialect.js';
import { alertQueries, articleMatchesText } from './queries/alerts.js';
import { watchFeeds } from './queries/watch.js';

/**
 * What `newsgraph watch` keeps in the store (schema v6), over either engine: feeds and their polling state,
 * every item seen, saved alerts (each method described where it is written, in `queries/watch.ts` and
 * `queries/alerts.ts`). Times are ISO 8601 instants given by the caller (the watcher's clock), so a test can
 * run rounds without waiting. `read` runs a call on the store's connection (and names failures).
 */
export function sqlWatchStore(read: <T>(fn: (db: Db) => Promise<T>) => Promise<T>, dialect: SqlDialect) {
  return {
    ...bound(read, watchFeeds),
    ...bound(read, alertQueries),
    articleMatchesText: (articleId: string, q: string) =>
      read((db) => articleMatchesText(db, dialect, articleId, q)),
  };
}

export type WatchStore = ReturnType<typeof sqlWatchStore>;
