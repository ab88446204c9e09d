export type { WatchStore } from './sql/watch-store.js';

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
