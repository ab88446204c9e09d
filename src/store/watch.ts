import type { ArticleJob } from '../watch/job.js';

/**
 * What `newsgraph watch` keeps in the store (schema v6): feeds and their polling state, every item seen,
 * saved alerts. Times are ISO 8601 instants given by the caller (the watcher's clock), so a test can run
 * rounds without waiting.
 */
export interface WatchStore {
  /** Adds feeds not yet known (due at once) and updates the interval of known ones. */
  registerFeeds(feeds: readonly { url: string; everySeconds: number }[], at: string): Promise<void>;
  /** The polling state of every known feed. */
  feedStates(): Promise<FeedState[]>;
  /** What one poll of a feed found: validators kept, when it is due next, success or error. */
  recordPoll(url: string, poll: PollRecord): Promise<void>;
  /**
   * Claims an item as `pending` when neither its URL (from any feed) nor its id in this feed was seen
   * before; false when it was (never fetched again).
   */
  claimItem(job: ArticleJob, at: string): Promise<boolean>;
  /**
   * What became of a claimed item. Each call is an attempt; a `retry` on the last of `MAX_ITEM_ATTEMPTS`
   * is recorded as `failed`. An item already finished is left as it is.
   */
  finishItem(job: ArticleJob, outcome: ItemOutcome, at: string): Promise<void>;
  /**
   * Notes, before the article is stored, that this open item is about to store `articleId` as a new article;
   * false (nothing noted) when the item is not open or the article is already stored. A later attempt that
   * finds the article stored and the note there knows an earlier attempt stored it (see `storeItemDoc`).
   */
  markItemArticle(job: ArticleJob, articleId: string): Promise<boolean>;
  /** The article id noted on an open item by `markItemArticle`; undefined when none or the item is done. */
  openItemArticle(job: ArticleJob): Promise<string | undefined>;
  /** Items claimed but not finished (a process stopped midway) or waiting for a retry, oldest first. */
  openItems(): Promise<ArticleJob[]>;
  /** Each feed's health, in URL order. */
  feedHealth(): Promise<FeedHealth[]>;
  addAlert(alert: NewAlert, at: string): Promise<Alert>;
  listAlerts(): Promise<Alert[]>;
  /** Removes an alert by id or name; false when there is none. */
  removeAlert(idOrName: string): Promise<boolean>;
  /** Records that `alert` matched `articleId`; false when it already had (so it fires once). */
  recordAlertHit(alertId: number, articleId: string, at: string): Promise<boolean>;
  /** Whether the stored article matches the full-text query `q` (the same syntax as `search`). */
  articleMatchesText(articleId: string, q: string): Promise<boolean>;
}

/** Attempts at fetching and analysing one item before a transient failure counts as failed. */
export const MAX_ITEM_ATTEMPTS = 3;

export interface FeedState {
  url: string;
  everySeconds: number;
  etag?: string;
  lastModified?: string;
  /** Absent until the first poll: due at once. */
  nextPollAt?: string;
  /** Failed polls in a row (the backoff's exponent). */
  errorStreak: number;
}

export interface PollRecord {
  at: string;
  nextPollAt: string;
  /** `ok`: the feed was read (200); `unchanged`: 304; `error`: anything else, with `error` saying what. */
  result: 'ok' | 'unchanged' | 'error';
  etag?: string;
  lastModified?: string;
  error?: string;
}

export type ItemStatus = 'pending' | 'retry' | 'stored' | 'duplicate' | 'failed' | 'disallowed';

export interface ItemOutcome {
  status: Exclude<ItemStatus, 'pending'>;
  articleId?: string;
  error?: string;
}

export interface FeedHealth {
  url: string;
  everySeconds: number;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  /** The last poll's error; absent when the last poll succeeded. */
  lastError?: string;
  errorStreak: number;
  nextPollAt?: string;
  polls: number;
  /** Polls answered 304 Not Modified. */
  notModified: number;
  itemsSeen: number;
  itemsStored: number;
  itemsDuplicate: number;
  itemsFailed: number;
  itemsDisallowed: number;
  /** Claimed and not finished, or waiting for a retry. */
  itemsOpen: number;
}

/** What an alert looks for; every field given must match (see `src/watch/alerts/match.ts`). */
export interface AlertQuery {
  /** Full text over title and text, as `newsgraph search` reads it. */
  text?: string;
  /** An entity's canonical name (case-insensitive) or its KB id (`VLADIMIR_PUTIN`, `country:RU`). */
  entity?: string;
  /** An event's type (`meet`) or CAMEO code. */
  eventType?: string;
  /** ISO 3166 alpha-2: a place in it, or an entity of that nationality. */
  country?: string;
  /** A quoted speaker's canonical name or KB id. */
  speaker?: string;
  findingKind?: string;
}

/** Where a match goes: a line appended to a JSONL file, or a JSON POST. */
export type AlertTarget = { jsonl: string } | { webhook: string };

export interface NewAlert {
  name: string;
  query: AlertQuery;
  target: AlertTarget;
}

export interface Alert extends NewAlert {
  id: number;
  createdAt: string;
}
