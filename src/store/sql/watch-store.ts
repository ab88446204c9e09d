import type { WatchStore } from '../watch.js';
import type { Db } from './db.js';
import type { SqlDialect } from './dialect.js';
import { alertQueries } from './queries/alerts.js';
import { watchFeeds } from './queries/watch.js';

/** The watch state over either engine: `read` runs a call on the store's connection (and names failures). */
export function sqlWatchStore(
  read: <T>(fn: (db: Db) => Promise<T>) => Promise<T>,
  dialect: SqlDialect,
): WatchStore {
  return {
    registerFeeds: (feeds, at) => read((db) => watchFeeds.register(db, feeds, at)),
    feedStates: () => read((db) => watchFeeds.states(db)),
    recordPoll: (url, poll) => read((db) => watchFeeds.recordPoll(db, url, poll)),
    claimItem: (job, at) => read((db) => watchFeeds.claimItem(db, job, at)),
    finishItem: (job, outcome, at) => read((db) => watchFeeds.finishItem(db, job, outcome, at)),
    openItems: () => read((db) => watchFeeds.openItems(db)),
    markItemArticle: (job, articleId) => read((db) => watchFeeds.markItemArticle(db, job, articleId)),
    openItemArticle: (job) => read((db) => watchFeeds.openItemArticle(db, job)),
    feedHealth: () => read((db) => watchFeeds.health(db)),
    addAlert: (alert, at) => read((db) => alertQueries.add(db, alert, at)),
    listAlerts: () => read((db) => alertQueries.list(db)),
    removeAlert: (idOrName) => read((db) => alertQueries.remove(db, idOrName)),
    recordAlertHit: (alertId, articleId, at) => read((db) => alertQueries.hit(db, alertId, articleId, at)),
    articleMatchesText: (articleId, q) => read((db) => alertQueries.matchesText(db, dialect, articleId, q)),
  };
}
