import type { Doc } from '../../doc/types.js';
import { articleFromDoc } from '../from-doc.js';
import type { ArticleRecord } from '../types.js';
import { findContradictions } from './contradictions.js';
import { corroborate } from './corroboration.js';
import { findDuplicate, saveDuplicate, type DuplicateKind, type DuplicateLink } from './duplicates.js';
import { linkEntities } from './entities.js';
import { PersistentLshIndex } from './lsh-index.js';
import { Statements, type Db } from './sql.js';
import { StoryAssigner } from './stories.js';

/** What the corpus layer made of one stored article. */
export interface CorpusOutcome {
  storyId: string;
  /** Set when the article is a copy of an earlier one. */
  duplicateOf?: { id: string; kind: DuplicateKind; similarity: number };
  /** Claims (events, quotes) the article's reports were filed under. */
  claims: number;
  /** Cross-article contradictions found. */
  contradictions: number;
}

/** The outcome an engine's recorder reports for one article (SQLite here, PostgreSQL in src/store/postgres). */
export function corpusOutcome(
  storyId: string,
  duplicate: DuplicateLink | undefined,
  reports: readonly { claimId: number | string }[],
  contradictions: number,
): CorpusOutcome {
  return {
    storyId,
    ...(duplicate
      ? { duplicateOf: { id: duplicate.canonicalId, kind: duplicate.kind, similarity: duplicate.similarity } }
      : {}),
    claims: new Set(reports.map((r) => r.claimId)).size,
    contradictions,
  };
}

interface StoredRow {
  seq: number;
  id: string;
  text: string;
  record: string | null;
  storyId: string | null;
  duplicate: number | null;
}

/** Stored articles replayed per query while catching up (bounded memory on a large store). */
const CATCH_UP_PAGE = 500;

/**
 * The corpus layer at store time, for one connection. `record` runs inside the transaction that writes
 * the article, after its layer rows, so an article and its corpus rows commit (or roll back) together.
 */
export class CorpusRecorder {
  private readonly sql: Statements;
  private readonly lsh: PersistentLshIndex;
  private stories: StoryAssigner;
  /** Every article up to this storage sequence number is in the clusterer's memory. */
  private replayedSeq = 0;
  /** The last article recorded, to notice when its transaction was rolled back after `record` returned. */
  private lastRecorded?: string;

  constructor(db: Db) {
    this.sql = new Statements(db);
    this.lsh = new PersistentLshIndex(this.sql);
    this.stories = new StoryAssigner(this.sql);
  }

  /** Records a just-inserted article (its `articles` row must exist: its seq orders the corpus). */
  record(doc: Doc): CorpusOutcome {
    const exists = this.sql.get('SELECT 1 FROM articles WHERE id = ?').pluck();
    // An enclosing transaction (the ingest journal's) may roll back after we returned: the clusterer then
    // holds an article the database does not. Start over from the stored rows rather than drift.
    if (this.lastRecorded !== undefined && exists.get(this.lastRecorded) === undefined) this.forget();
    const seq = this.sql.get('SELECT seq FROM articles WHERE id = ?').pluck().get(doc.id) as number;
    try {
      this.catchUp(seq);
      const outcome = this.recordOne(doc);
      this.replayedSeq = Math.max(this.replayedSeq, seq);
      this.lastRecorded = doc.id;
      return outcome;
    } catch (error) {
      this.forget(); // the transaction rolls back: what the clusterer took in is not stored
      throw error;
    }
  }

  /** Drops the in-memory state; the next `record` rebuilds it from the stored rows. */
  private forget(): void {
    this.stories = new StoryAssigner(this.sql);
    this.replayedSeq = 0;
    this.lastRecorded = undefined;
  }

  private recordOne(doc: Doc): CorpusOutcome {
    const { text, ...rest } = articleFromDoc(doc);
    void text; // the text is in `articles`; keep only what is not
    this.sql
      .get('INSERT OR REPLACE INTO corpus_records (article_id, record_json) VALUES (?, ?)')
      .run(doc.id, JSON.stringify(rest));
    const signature = this.lsh.signature(doc.text);
    const duplicate = signature && findDuplicate(this.sql, this.lsh, doc, signature);
    if (signature) this.lsh.add(doc.id, signature);
    if (duplicate) saveDuplicate(this.sql, doc.id, duplicate);

    // A copy joins its canonical's story and is not clustered: it would only weigh that story twice.
    const canonicalStory = duplicate ? this.stories.storyOf(duplicate.canonicalId) : undefined;
    const { storyId, score } = canonicalStory
      ? { storyId: canonicalStory, score: duplicate?.similarity ?? 1 }
      : this.stories.assign({ text: doc.text, ...rest });
    this.stories.save(storyId, doc.id, score, canonicalStory !== undefined);

    const links = linkEntities(this.sql, doc, storyId);
    const sourceId = duplicate ? duplicate.canonicalId : doc.id;
    const reports = corroborate(this.sql, doc, storyId, sourceId, links);
    const contradictions = findContradictions(this.sql, doc, storyId, sourceId, reports);
    return corpusOutcome(storyId, duplicate || undefined, reports, contradictions.length);
  }

  /**
   * Brings this connection's clusterer up to date with what is stored before `seq`: on first use, every
   * stored article (the rebuild after a restart); later, articles another connection stored meanwhile.
   * Articles stored before the corpus layer existed (no `corpus_records` row) are recorded in full here.
   */
  private catchUp(seq: number): void {
    const page = this.sql.get(
      `SELECT a.seq, a.id, a.text, r.record_json AS record, sa.story_id AS storyId, sa.duplicate
         FROM articles a
         LEFT JOIN corpus_records r ON r.article_id = a.id
         LEFT JOIN story_articles sa ON sa.article_id = a.id
        WHERE a.seq > ? AND a.seq < ? ORDER BY a.seq LIMIT ${CATCH_UP_PAGE}`,
    );
    for (;;) {
      const rows = page.all(this.replayedSeq, seq) as StoredRow[];
      for (const row of rows) {
        if (row.record === null) this.recordOne(this.storedDoc(row.id));
        else if (row.storyId !== null && row.duplicate === 0) {
          const record = JSON.parse(row.record) as Omit<ArticleRecord, 'id' | 'text'>;
          this.stories.clusterer.restore({ ...record, id: row.id, text: row.text }, row.storyId);
        }
        this.replayedSeq = row.seq;
      }
      if (rows.length < CATCH_UP_PAGE) break;
    }
  }

  private storedDoc(id: string): Doc {
    const json = this.sql.get('SELECT doc_json FROM articles WHERE id = ?').pluck().get(id) as string;
    return JSON.parse(json) as Doc;
  }
}
