import { sql } from 'kysely';
import type { Doc } from '../../doc/types.js';
import { exec, fromJson, rows, type Db } from '../sql/db.js';
import type { SqlDialect } from '../sql/dialect.js';
import { recordCorpusEvents } from './events.js';
import { outletOf } from './outlet.js';

/** Pending articles filed per query (bounded memory on a large store). */
const PAGE = 200;

/**
 * Files the events of the articles a store held before schema version 8 (`corpus_events_pending`), oldest
 * first, with the story, canonical and entity links recorded for them then. Runs under the corpus lock on
 * the recorder's first write, so it happens once, in one process.
 */
export async function filePendingEvents(db: Db, dialect: SqlDialect): Promise<void> {
  for (;;) {
    const page = await rows<{ doc: unknown; storyId: string | null; canonicalId: string | null }>(
      db,
      sql`SELECT a.doc_json AS doc, sa.story_id AS "storyId", d.canonical_id AS "canonicalId"
            FROM corpus_events_pending p
            JOIN articles a ON a.id = p.article_id
            LEFT JOIN story_articles sa ON sa.article_id = p.article_id
            LEFT JOIN duplicates d ON d.article_id = p.article_id
           ORDER BY a.seq LIMIT ${PAGE}`,
    );
    for (const pending of page) {
      const doc = fromJson<Doc>(pending.doc);
      if (pending.storyId !== null) {
        const links = await rows<{ entityId: string; corpusId: number }>(
          db,
          sql`SELECT entity_id AS "entityId", corpus_entity_id AS "corpusId" FROM corpus_entity_links
               WHERE article_id = ${doc.id}`,
        );
        const linked = new Map(links.map((l) => [l.entityId, Number(l.corpusId)]));
        const outlet = await outletOf(db, doc, pending.canonicalId ?? undefined);
        await recordCorpusEvents(db, dialect, doc, pending.storyId, outlet, linked);
      }
      await exec(db, sql`DELETE FROM corpus_events_pending WHERE article_id = ${doc.id}`);
    }
    if (page.length < PAGE) break;
  }
}
