import { sql } from 'kysely';
import { createContext, type Context } from '../../context.js';
import { StoryClusterer } from '../../corpus/clusterer.js';
import type { ArticleRecord } from '../../corpus/types.js';
import { exec, first, type Db } from '../sql/db.js';

/** One context for every store's clusterer in the process: the corpus tables load once. */
let sharedContext: Context | undefined;

/**
 * Story assignment at store time. The clusterer's state (centroids, document frequencies, candidate index)
 * lives in memory and is rebuilt lazily from stored rows: the recorder replays the stored articles in
 * corpus order through `restore` before the first new one (see `CorpusRecorder.catchUp`). Stored
 * assignments are kept as they are; only new articles are clustered.
 */
export class StoryAssigner {
  readonly clusterer = new StoryClusterer({ ctx: (sharedContext ??= createContext()) });

  /** Clusters a new article; returns its story and the similarity it joined with (0 for a new story). */
  assign(record: ArticleRecord): { storyId: string; score: number } {
    const { storyId, score } = this.clusterer.add(record);
    return { storyId, score };
  }

  /** The story a stored article belongs to (for a copy: its canonical's). */
  async storyOf(db: Db, articleId: string): Promise<string | undefined> {
    const row = await first<{ story_id: string }>(
      db,
      sql`SELECT story_id FROM story_articles WHERE article_id = ${articleId}`,
    );
    return row?.story_id;
  }

  /**
   * Records membership and refreshes the story row (title, date range, article count). The count is the
   * story's other articles plus this one, which the second statement makes sure is there.
   */
  async save(db: Db, storyId: string, articleId: string, score: number, duplicate: boolean): Promise<void> {
    const summary = this.clusterer.story(storyId);
    const [from, to] = [summary?.dateRange?.start ?? null, summary?.dateRange?.end ?? null];
    await exec(
      db,
      sql`INSERT INTO stories (id, title, from_date, to_date, article_count)
              VALUES (${storyId}, ${summary?.title ?? ''}, ${from}, ${to},
                      (SELECT count(*) + 1 FROM story_articles WHERE story_id = ${storyId} AND article_id <> ${articleId}))
              ON CONFLICT (id) DO UPDATE SET title = excluded.title, from_date = excluded.from_date,
                                             to_date = excluded.to_date, article_count = excluded.article_count`,
    );
    // 1 and 0: SQLite has no booleans, PostgreSQL reads them as such.
    await exec(
      db,
      sql`INSERT INTO story_articles (story_id, article_id, score, duplicate)
              VALUES (${storyId}, ${articleId}, ${score}, ${duplicate ? 1 : 0}) ON CONFLICT DO NOTHING`,
    );
  }
}
