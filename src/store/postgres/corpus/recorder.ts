import { articleFromDoc } from '../../../corpus/from-doc.js';
import { corpusOutcome, type CorpusOutcome } from '../../../corpus/store/recorder.js';
import type { ArticleRecord } from '../../../corpus/types.js';
import type { Doc } from '../../../doc/types.js';
import { rows, value, type Db } from '../sql.js';
import { findContradictionsPg } from './contradictions.js';
import { corroboratePg } from './corroboration.js';
import { findDuplicatePg, saveDuplicatePg } from './duplicates.js';
import { linkEntitiesPg } from './entities.js';
import { PgLshIndex } from './lsh-index.js';
import { PgStoryAssigner } from './stories.js';

/**
 * The corpus lock: taken (for the rest of the transaction) before an article's corpus update, so the
 * updates of every process writing to the database run one at a time, each seeing all earlier ones
 * committed. Per schema, so two newsgraph schemas in one database do not wait for each other.
 */
export const CORPUS_LOCK = `SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':newsgraph-corpus'))`;

interface StoredRow {
  corpusSeq: number;
  id: string;
  text: string;
  record: Omit<ArticleRecord, 'id' | 'text'>;
  storyId: string | null;
  duplicate: boolean | null;
}

/** Stored articles replayed per query while catching up (bounded memory on a large store). */
const CATCH_UP_PAGE = 500;

/**
 * The corpus layer at store time on PostgreSQL: the async twin of `corpus/store/recorder.ts`, built from the
 * same pure parts (clusterer, MinHash, claim keys, disagreement rules, diff). `record` must run inside the
 * article's transaction after `CORPUS_LOCK`; the caller calls `forget` when that transaction rolls back.
 *
 * Many processes: each keeps its own clusterer in memory and, under the lock, first replays what the
 * others recorded since (in `corpus_seq` order, which under the lock is commit order), so every process
 * clusters against the same stories.
 */
export class PgCorpusRecorder {
  private readonly lsh = new PgLshIndex();
  private stories = new PgStoryAssigner();
  /** Every article up to this corpus sequence number is in the clusterer's memory. */
  private replayedSeq = 0;

  /** Records a just-inserted article (its `articles` and layer rows must exist). */
  async record(db: Db, doc: Doc): Promise<CorpusOutcome> {
    try {
      await this.catchUp(db);
      return await this.recordOne(db, doc);
    } catch (error) {
      this.forget();
      throw error;
    }
  }

  /** Drops the in-memory state (its transaction rolled back); the next `record` rebuilds it. */
  forget(): void {
    this.stories = new PgStoryAssigner();
    this.replayedSeq = 0;
  }

  private async recordOne(db: Db, doc: Doc): Promise<CorpusOutcome> {
    const { text, ...rest } = articleFromDoc(doc);
    void text; // the text is in `articles`; keep only what is not
    const corpusSeq = await value<number>(
      db,
      `INSERT INTO corpus_records (article_id, record_json) VALUES ($1, $2)
       ON CONFLICT (article_id) DO UPDATE SET record_json = excluded.record_json RETURNING corpus_seq`,
      [doc.id, JSON.stringify(rest)],
    );
    const signature = this.lsh.signature(doc.text);
    const duplicate = signature && (await findDuplicatePg(db, this.lsh, doc, signature));
    if (signature) await this.lsh.add(db, doc.id, signature);
    if (duplicate) await saveDuplicatePg(db, doc.id, duplicate);

    // A copy joins its canonical's story and is not clustered: it would only weigh that story twice.
    const canonicalStory = duplicate ? await this.stories.storyOf(db, duplicate.canonicalId) : undefined;
    const { storyId, score } = canonicalStory
      ? { storyId: canonicalStory, score: duplicate?.similarity ?? 1 }
      : this.stories.assign({ text: doc.text, ...rest });
    await this.stories.save(db, storyId, doc.id, score, canonicalStory !== undefined);

    const links = await linkEntitiesPg(db, doc, storyId);
    const sourceId = duplicate ? duplicate.canonicalId : doc.id;
    const reports = await corroboratePg(db, doc, storyId, sourceId, links);
    const contradictions = await findContradictionsPg(db, doc, storyId, sourceId, reports);
    this.replayedSeq = Math.max(this.replayedSeq, corpusSeq ?? 0);
    return corpusOutcome(storyId, duplicate || undefined, reports, contradictions.length);
  }

  /**
   * Brings the clusterer up to date with what is recorded: on first use every stored article (the rebuild
   * after a restart), later what other processes recorded meanwhile.
   */
  private async catchUp(db: Db): Promise<void> {
    for (;;) {
      const page = await rows<StoredRow>(
        db,
        `SELECT r.corpus_seq AS "corpusSeq", a.id, a.text, r.record_json AS record, sa.story_id AS "storyId",
                sa.duplicate
           FROM corpus_records r
           JOIN articles a ON a.id = r.article_id
           LEFT JOIN story_articles sa ON sa.article_id = r.article_id
          WHERE r.corpus_seq > $1 ORDER BY r.corpus_seq LIMIT ${CATCH_UP_PAGE}`,
        [this.replayedSeq],
      );
      for (const stored of page) {
        if (stored.storyId !== null && stored.duplicate === false) {
          this.stories.clusterer.restore(
            { ...stored.record, id: stored.id, text: stored.text },
            stored.storyId,
          );
        }
        this.replayedSeq = stored.corpusSeq;
      }
      if (page.length < CATCH_UP_PAGE) break;
    }
  }
}
