/** One article a feed poll found: what a worker needs to fetch, analyse and store it. */
export interface ArticleJob {
  /** The article page to fetch. */
  url: string;
  /** The feed it was found in (as listed in the feeds file). */
  feedUrl: string;
  /** The item's guid/id in the feed, or its URL when the feed gives none. */
  itemId: string;
  title?: string;
  /** ISO 8601 publication time from the feed, when it gives one. */
  published?: string;
}

/** Where a poll round sends the new items it found: analysed in-process (SQLite) or queued (PostgreSQL). */
export interface JobSink {
  submit(job: ArticleJob): Promise<void>;
}
