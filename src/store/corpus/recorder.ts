import { sql } from 'kysely';
import { articleFromDoc } from '../../corpus/from-doc.js';
import type { ArticleRecord } from '../../corpus/types.js';
import type { Doc } from '../../doc/types.js';
import { bool, fromJson, rows, type Db } from '../sql/db.js';
import { insertChain } from '../sql/insert.js';
import type { SqlDialect } from '../sql/dialect.js';
import { findContradictions } from './contradictions.js';
import { corroborate } from './corroboration.js';
import { findDuplicate, saveDuplicate } from './duplicates.js';
import { linkEntities } from './entities.js';
import { recordCorpusEvents } from './events.js';
import { filePendingEvents } from './events-backfill.js';
import { LshIndex } from './lsh-index.js';
import { outletOf } from './outlet.js';
import { StoryAssigner } from './stories.js';

interface StoredRow {
  corpusSeq: number;
  id: string;
  text: string;
  record: unknown;
  storyId: string | null;
  duplicate: unknown;
}

/** Stored articles replayed per query while catching up (bounded memory on a large store). */
const CATCH_UP_PAGE = 500;

/**
 * The corpus layer at store time, one per store: near-duplicate link, story, cross-article entities,
 * corroboration, contradictions and corpus events. `record` runs inside the article's write transaction, after its layer
 * rows and the corpus lock, so an article and its corpus rows commit (or roll back) together; the store
 * calls `forget` when that transaction rolls back.
 *
 * Many processes: each keeps its own clusterer in memory and, under the lock, first replays what the
 * others recorded since (in corpus order, which under the lock is commit order), so every process
 * clusters against the same stories.
 */
export class CorpusRecorder {
  private readonly lsh = new LshIndex();
  private stories = new StoryAssigner();
  /** Every article up to this corpus sequence number is in the clusterer's memory. */
  private replayedSeq = 0;

  constructor(private readonly dialect: SqlDialect) {}

  /** Records a just-inserted article (its `articles` and layer rows must exist). */
  async record(db: Db, doc: Doc): Promise<void> {
    try {
      const rebuilding = this.replayedSeq === 0;
      await this.catchUp(db);
      if (rebuilding) {
        await filePendingEvents(db, this.dialect);
        await this.recordLegacy(db, doc.id);
      }
      await this.recordOne(db, doc);
    } catch (error) {
      this.forget();
      throw error;
    }
  }

  /** Drops the in-memory state (its transaction rolled back); the next `record` rebuilds it. */
  forget(): void {
    this.stories = new StoryAssigner();
    this.replayedSeq = 0;
  }

  private async recordOne(db: Db, doc: Doc): Promise<void> {
    const { text, ...rest } = articleFromDoc(doc);
    void text; // the text is in `articles`; keep only what is not
    const signature = this.lsh.signature(doc.text);
    const duplicate = signature && (await findDuplicate(db, this.dialect, this.lsh, doc, signature));
    // The record and the article's LSH entries in one insert chain (one statement on PostgreSQL).
    const [recorded] = await insertChain<{ seq: number }>(db, this.dialect, [
      {
        table: 'corpus_records',
        rows: [{ article_id: doc.id, record_json: rest }],
        suffix: `ON CONFLICT (article_id) DO UPDATE SET record_json = excluded.record_json
                 RETURNING ${this.dialect.recordedOrder} AS seq`,
      },
      ...(signature ? this.lsh.entries(doc.id, signature) : []),
    ]);
    if (duplicate) await saveDuplicate(db, doc.id, duplicate);

    // A copy joins its canonical's story and is not clustered: it would only weigh that story twice.
    const canonicalStory = duplicate ? await this.stories.storyOf(db, duplicate.canonicalId) : undefined;
    const { storyId, score } = canonicalStory
      ? { storyId: canonicalStory, score: duplicate?.similarity ?? 1 }
      : this.stories.assign({ text: doc.text, ...rest });
    await this.stories.save(db, storyId, doc.id, score, canonicalStory !== undefined);

    const links = await linkEntities(db, this.dialect, doc, storyId);
    const sourceId = duplicate ? duplicate.canonicalId : doc.id;
    const reports = await corroborate(db, this.dialect, doc, storyId, sourceId, links);
    await findContradictions(db, this.dialect, doc, storyId, sourceId, reports);
    await recordCorpusEvents(
      db,
      this.dialect,
      doc,
      storyId,
      await outletOf(db, doc, duplicate?.canonicalId),
      links,
    );
    this.replayedSeq = Math.max(this.replayedSeq, Number(recorded?.seq ?? 0));
  }

  /**
   * Brings the clusterer up to date with what is recorded: on first use every stored article (the rebuild
   * after a restart), later what other processes recorded meanwhile.
   */
  private async catchUp(db: Db): Promise<void> {
    const order = this.dialect.corpusOrder;
    for (;;) {
      const page = await rows<StoredRow>(
        db,
        sql`SELECT ${order} AS "corpusSeq", a.id, a.text, r.record_json AS record, sa.story_id AS "storyId",
                   sa.duplicate
              FROM corpus_records r
              JOIN articles a ON a.id = r.article_id
              LEFT JOIN story_articles sa ON sa.article_id = r.article_id
             WHERE ${order} > ${this.replayedSeq} ORDER BY ${order} LIMIT ${sql.lit(CATCH_UP_PAGE)}`,
      );
      for (const stored of page) {
        if (stored.storyId !== null && !bool(stored.duplicate)) {
          const record = fromJson<Omit<ArticleRecord, 'id' | 'text'>>(stored.record);
          this.stories.clusterer.restore({ ...record, id: stored.id, text: stored.text }, stored.storyId);
        }
        this.replayedSeq = Number(stored.corpusSeq);
      }
      if (page.length < CATCH_UP_PAGE) break;
    }
  }

  /**
   * Records in full, oldest first, the articles stored before the corpus layer existed (no `corpus_records`
   * row), all but `current` (the article being written). Once per rebuild: a store upgraded to schema
   * version 4 gets its corpus on its first write.
   */
  private async recordLegacy(db: Db, current: string): Promise<void> {
    for (;;) {
      // Each one recorded leaves the set, so the next page starts where this one ended.
      const page = await rows<{ doc: unknown }>(
        db,
        sql`SELECT a.doc_json AS doc FROM articles a
             WHERE a.id <> ${current} AND NOT EXISTS (SELECT 1 FROM corpus_records r WHERE r.article_id = a.id)
             ORDER BY a.seq LIMIT ${sql.lit(CATCH_UP_PAGE)}`,
      );
      for (const stored of page) await this.recordOne(db, fromJson<Doc>(stored.doc));
      if (page.length < CATCH_UP_PAGE) break;
    }
  }
}
