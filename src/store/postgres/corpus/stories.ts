import { createContext, type Context } from '../../../context.js';
import { StoryClusterer } from '../../../corpus/clusterer.js';
import type { ArticleRecord } from '../../../corpus/types.js';
import { run, value, type Db } from '../sql.js';

/** One context for every store's clusterer in the process: the corpus tables load once. */
let sharedContext: Context | undefined;

/**
 * Story assignment at store time: the async twin of `corpus/store/stories.ts`. The clusterer's state lives in
 * memory and is rebuilt from stored rows by the recorder's catch-up; stored assignments are kept as they are.
 */
export class PgStoryAssigner {
  readonly clusterer = new StoryClusterer({ ctx: (sharedContext ??= createContext()) });

  /** Clusters a new article; returns its story and the similarity it joined with (0 for a new story). */
  assign(record: ArticleRecord): { storyId: string; score: number } {
    const { storyId, score } = this.clusterer.add(record);
    return { storyId, score };
  }

  /** The story a stored article belongs to (for a copy: its canonical's). */
  async storyOf(db: Db, articleId: string): Promise<string | undefined> {
    return value<string>(db, 'SELECT story_id FROM story_articles WHERE article_id = $1', [articleId]);
  }

  /** Records membership and refreshes the story row (title, date range, article count). */
  async save(db: Db, storyId: string, articleId: string, score: number, duplicate: boolean): Promise<void> {
    const summary = this.clusterer.story(storyId);
    await run(
      db,
      `INSERT INTO stories (id, title, from_date, to_date) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, from_date = excluded.from_date,
                                      to_date = excluded.to_date`,
      [storyId, summary?.title ?? '', summary?.dateRange?.start ?? null, summary?.dateRange?.end ?? null],
    );
    await run(
      db,
      `INSERT INTO story_articles (story_id, article_id, score, duplicate) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [storyId, articleId, score, duplicate],
    );
    await run(
      db,
      `UPDATE stories SET article_count = (SELECT count(*) FROM story_articles WHERE story_id = $1) WHERE id = $1`,
      [storyId],
    );
  }
}
