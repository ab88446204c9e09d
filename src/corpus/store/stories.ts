import { createContext, type Context } from '../../context.js';
import { StoryClusterer } from '../clusterer.js';
import type { ArticleRecord } from '../types.js';
import type { Statements } from './sql.js';

/** One context for every store's clusterer in the process: the corpus tables load once. */
let sharedContext: Context | undefined;

/**
 * Story assignment at store time. The clusterer's state (centroids, document frequencies, candidate index)
 * lives in memory and is rebuilt lazily from stored rows: the recorder replays the stored articles in
 * storage order through `restore` before the first new one (see `CorpusRecorder.catchUp`). Stored
 * assignments are kept as they are; only new articles are clustered.
 */
export class StoryAssigner {
  readonly clusterer = new StoryClusterer({ ctx: (sharedContext ??= createContext()) });

  constructor(private readonly sql: Statements) {}

  /** Clusters a new article; returns its story and the similarity it joined with (0 for a new story). */
  assign(record: ArticleRecord): { storyId: string; score: number } {
    const { storyId, score } = this.clusterer.add(record);
    return { storyId, score };
  }

  /** The story a stored article belongs to (for a copy: its canonical's). */
  storyOf(articleId: string): string | undefined {
    return this.sql.get('SELECT story_id FROM story_articles WHERE article_id = ?').pluck().get(articleId) as
      string | undefined;
  }

  /** Records membership and refreshes the story row (title, date range, article count). */
  save(storyId: string, articleId: string, score: number, duplicate: boolean): void {
    const summary = this.clusterer.story(storyId);
    this.sql
      .get(
        `INSERT INTO stories (id, title, from_date, to_date) VALUES (@id, @title, @from, @to)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, from_date = excluded.from_date,
                                        to_date = excluded.to_date`,
      )
      .run({
        id: storyId,
        title: summary?.title ?? '',
        from: summary?.dateRange?.start ?? null,
        to: summary?.dateRange?.end ?? null,
      });
    this.sql
      .get(
        `INSERT OR IGNORE INTO story_articles (story_id, article_id, score, duplicate) VALUES (?, ?, ?, ?)`,
      )
      .run(storyId, articleId, score, duplicate ? 1 : 0);
    this.sql
      .get(
        `UPDATE stories SET article_count = (SELECT count(*) FROM story_articles WHERE story_id = @id)
          WHERE id = @id`,
      )
      .run({ id: storyId });
  }
}
