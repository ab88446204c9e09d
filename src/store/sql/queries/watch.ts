import { sql } from 'kysely';
import type { ArticleJob } from '../../../watch/job.js';
import {
  MAX_ITEM_ATTEMPTS,
  type FeedHealth,
  type FeedState,
  type ItemOutcome,
  type PollRecord,
} from '../../watch.js';
import { first, rows, withoutNulls, type Db } from '../db.js';

/** `watch_feeds` and `watch_items` (schema v6): a feed's polling state and the items it listed. */
export const watchFeeds = {
  /** Adds feeds not yet known (due at once) and updates the interval of known ones. */
  async registerFeeds(
    db: Db,
    feeds: readonly { url: string; everySeconds: number }[],
    at: string,
  ): Promise<void> {
    for (const feed of feeds) {
      await sql`INSERT INTO watch_feeds (url, every_seconds, created_at) VALUES (${feed.url}, ${feed.everySeconds}, ${at})
                 ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds`.execute(db);
    }
  },

  /** The polling state of every known feed. */
  async feedStates(db: Db): Promise<FeedState[]> {
    const found = await rows<FeedState & Record<string, unknown>>(
      db,
      sql`SELECT url, every_seconds AS "everySeconds", etag, last_modified AS "lastModified",
                 next_poll_at AS "nextPollAt", error_streak AS "errorStreak"
            FROM watch_feeds ORDER BY url`,
    );
    return found.map((row) => withoutNulls(row));
  },

  /** What one poll of a feed found: validators kept, when it is due next, success or error. */
  async recordPoll(db: Db, url: string, poll: PollRecord): Promise<void> {
    const ok = poll.result !== 'error';
    // A 304 keeps the validators it was asked with; a 200 replaces them (with nothing when it sends none).
    const validators =
      poll.result === 'ok'
        ? sql`etag = ${poll.etag ?? null}, last_modified = ${poll.lastModified ?? null},`
        : sql``;
    const outcome = ok
      ? sql`last_success_at = ${poll.at}, last_error = NULL, error_streak = 0`
      : sql`last_error_at = ${poll.at}, last_error = ${poll.error ?? 'failed'}, error_streak = error_streak + 1`;
    await sql`UPDATE watch_feeds SET ${validators} ${outcome}, last_polled_at = ${poll.at},
                next_poll_at = ${poll.nextPollAt}, polls = polls + 1,
                not_modified = not_modified + ${poll.result === 'unchanged' ? 1 : 0}
               WHERE url = ${url}`.execute(db);
  },

  /**
   * Claims an item as `pending` when neither its URL (from any feed) nor its id in this feed was seen
   * before; false when it was (never fetched again).
   */
  async claimItem(db: Db, job: ArticleJob, at: string): Promise<boolean> {
    const seen = await first(
      db,
      sql`SELECT 1 AS seen FROM watch_items
           WHERE url = ${job.url} OR (feed_url = ${job.feedUrl} AND item_id = ${job.itemId}) LIMIT 1`,
    );
    if (seen) return false;
    const claimed = await rows(
      db,
      sql`INSERT INTO watch_items (feed_url, item_id, url, title, published, status, seen_at)
          VALUES (${job.feedUrl}, ${job.itemId}, ${job.url}, ${job.title ?? null}, ${job.published ?? null},
                  'pending', ${at})
          ON CONFLICT (feed_url, item_id) DO NOTHING RETURNING 1 AS claimed`,
    );
    return claimed.length === 1;
  },

  /**
   * What became of a claimed item. Each call is an attempt; a `retry` on the last of `MAX_ITEM_ATTEMPTS`
   * is recorded as `failed`. An item already finished is left as it is.
   */
  async finishItem(db: Db, job: ArticleJob, outcome: ItemOutcome, at: string): Promise<void> {
    // A transient failure is tried again next round, until its last attempt: then it has failed.
    const status =
      outcome.status === 'retry'
        ? sql`CASE WHEN attempts + 1 >= ${MAX_ITEM_ATTEMPTS} THEN 'failed' ELSE 'retry' END`
        : sql`${outcome.status}`;
    // Only an open item: a job run again after its item was finished (a queue retry) must not undo it. A
    // failed attempt keeps the article id an earlier step marked (`markItemArticle`).
    await sql`UPDATE watch_items SET status = ${status},
                article_id = COALESCE(${outcome.articleId ?? null}, article_id),
                error = ${outcome.error ?? null}, attempts = attempts + 1,
                done_at = ${outcome.status === 'retry' ? null : at}
               WHERE feed_url = ${job.feedUrl} AND item_id = ${job.itemId}
                 AND status IN ('pending', 'retry')`.execute(db);
  },

  /**
   * Notes, before the article is stored, that this open item is about to store `articleId` as a new article;
   * false (nothing noted) when the item is not open or the article is already stored. A later attempt that
   * finds the article stored and the note there knows an earlier attempt stored it (see `storeItemDoc`).
   */
  async markItemArticle(db: Db, job: ArticleJob, articleId: string): Promise<boolean> {
    const marked = await rows(
      db,
      sql`UPDATE watch_items SET article_id = ${articleId}
           WHERE feed_url = ${job.feedUrl} AND item_id = ${job.itemId} AND status IN ('pending', 'retry')
             AND NOT EXISTS (SELECT 1 FROM articles WHERE id = ${articleId})
          RETURNING 1 AS marked`,
    );
    return marked.length === 1;
  },

  /** The article id noted on an open item by `markItemArticle`; undefined when none or the item is done. */
  async openItemArticle(db: Db, job: ArticleJob): Promise<string | undefined> {
    const row = await first<{ article_id: string | null }>(
      db,
      sql`SELECT article_id FROM watch_items
           WHERE feed_url = ${job.feedUrl} AND item_id = ${job.itemId} AND status IN ('pending', 'retry')`,
    );
    return row?.article_id ?? undefined;
  },

  /** Items claimed but not finished (a process stopped midway) or waiting for a retry, oldest first. */
  async openItems(db: Db): Promise<ArticleJob[]> {
    const found = await rows<ArticleJob & Record<string, unknown>>(
      db,
      sql`SELECT url, feed_url AS "feedUrl", item_id AS "itemId", title, published FROM watch_items
           WHERE status IN ('pending', 'retry') AND attempts < ${MAX_ITEM_ATTEMPTS}
           ORDER BY seen_at, feed_url, item_id`,
    );
    return found.map((row) => withoutNulls(row));
  },

  /** Each feed's health, in URL order. */
  async feedHealth(db: Db): Promise<FeedHealth[]> {
    const counted = (status: string) => sql`count(CASE WHEN i.status = ${status} THEN 1 END)`;
    const found = await rows<FeedHealth & Record<string, unknown>>(
      db,
      sql`SELECT f.url, f.every_seconds AS "everySeconds", f.last_polled_at AS "lastPolledAt",
                 f.last_success_at AS "lastSuccessAt", f.last_error_at AS "lastErrorAt",
                 f.last_error AS "lastError", f.error_streak AS "errorStreak", f.next_poll_at AS "nextPollAt",
                 f.polls, f.not_modified AS "notModified", count(i.item_id) AS "itemsSeen",
                 ${counted('stored')} AS "itemsStored", ${counted('duplicate')} AS "itemsDuplicate",
                 ${counted('failed')} AS "itemsFailed", ${counted('disallowed')} AS "itemsDisallowed",
                 count(CASE WHEN i.status IN ('pending', 'retry') THEN 1 END) AS "itemsOpen"
            FROM watch_feeds f LEFT JOIN watch_items i ON i.feed_url = f.url
           GROUP BY f.url, f.every_seconds, f.last_polled_at, f.last_success_at, f.last_error_at, f.last_error,
                    f.error_streak, f.next_poll_at, f.polls, f.not_modified
           ORDER BY f.url`,
    );
    return found.map((row) => withoutNulls(row));
  },
};
