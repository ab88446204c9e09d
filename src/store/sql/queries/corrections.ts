import { sql } from 'kysely';
import type { Correction, CorrectionInput, Paged } from '../../queries.js';
import { first, paged, withoutNulls, type Db, type RowOf } from '../db.js';

type CorrectionRow = RowOf<Correction>;

const COLUMNS = sql`id, article_id AS "articleId", kind, start, "end", text, label, note,
  created_at AS "createdAt"`;

function correction(row: CorrectionRow): Correction {
  return withoutNulls({ ...row, id: Number(row.id), start: Number(row.start), end: Number(row.end) });
}

/** Stores one correction and returns it with its id. */
export async function addCorrection(db: Db, input: CorrectionInput, createdAt: string): Promise<Correction> {
  const row = await first<CorrectionRow>(
    db,
    sql`INSERT INTO corrections (article_id, kind, start, "end", text, label, note, created_at)
        VALUES (${input.articleId}, ${input.kind}, ${input.start}, ${input.end}, ${input.text},
                ${input.label ?? null}, ${input.note}, ${createdAt})
        RETURNING ${COLUMNS}`,
  );
  if (!row) throw new Error('the correction was not stored');
  return correction(row);
}

/** Corrections in the order they were reported, optionally one article's. */
export async function queryCorrections(
  db: Db,
  filter: { articleId?: string },
  page: { limit: number; offset: number },
): Promise<Paged<Correction>> {
  const where = filter.articleId ? sql`WHERE article_id = ${filter.articleId}` : sql``;
  const found = await paged<CorrectionRow>(db, COLUMNS, sql`FROM corrections`, where, sql`id`, page);
  return { items: found.rows.map(correction), total: found.total };
}
