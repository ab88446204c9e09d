import { sql } from 'kysely';
import type { Alert, AlertQuery, NewAlert } from '../../watch.js';
import { count, first, fromJson, rows, type Db } from '../db.js';
import type { SqlDialect } from '../dialect.js';
import { checkSearchText } from '../search-text.js';

interface AlertRow {
  id: number;
  name: string;
  query: unknown;
  jsonl_path: string | null;
  webhook_url: string | null;
  created_at: string;
}

const COLUMNS = sql`id, name, query, jsonl_path, webhook_url, created_at`;

function alertOf(row: AlertRow): Alert {
  const target = row.webhook_url !== null ? { webhook: row.webhook_url } : { jsonl: row.jsonl_path ?? '' };
  return {
    id: Number(row.id),
    name: row.name,
    query: fromJson<AlertQuery>(row.query),
    target,
    createdAt: row.created_at,
  };
}

/** Saved alerts (`alerts`, `alert_hits`, schema v6). */
export const alertQueries = {
  async addAlert(db: Db, alert: NewAlert, at: string): Promise<Alert> {
    const jsonl = 'jsonl' in alert.target ? alert.target.jsonl : null;
    const webhook = 'webhook' in alert.target ? alert.target.webhook : null;
    const row = await first<AlertRow>(
      db,
      sql`INSERT INTO alerts (name, query, jsonl_path, webhook_url, created_at)
          VALUES (${alert.name}, ${JSON.stringify(alert.query)}, ${jsonl}, ${webhook}, ${at}) RETURNING ${COLUMNS}`,
    );
    return alertOf(row!);
  },

  async listAlerts(db: Db): Promise<Alert[]> {
    return (await rows<AlertRow>(db, sql`SELECT ${COLUMNS} FROM alerts ORDER BY id`)).map(alertOf);
  },

  /** Removes an alert by id or name; false when there is none. */
  async removeAlert(db: Db, idOrName: string): Promise<boolean> {
    const id = /^\d{1,15}$/.test(idOrName) ? Number(idOrName) : -1;
    const removed = await rows(
      db,
      sql`DELETE FROM alerts WHERE id = ${id} OR name = ${idOrName} RETURNING id`,
    );
    return removed.length > 0;
  },

  /** Records that `alert` matched `articleId`; false when it already had (so it fires once). */
  async recordAlertHit(db: Db, alertId: number, articleId: string, at: string): Promise<boolean> {
    const inserted = await rows(
      db,
      sql`INSERT INTO alert_hits (alert_id, article_id, at) VALUES (${alertId}, ${articleId}, ${at})
          ON CONFLICT (alert_id, article_id) DO NOTHING RETURNING alert_id`,
    );
    return inserted.length === 1;
  },
};

/** Whether the stored article matches the full-text query `q` (the same syntax as `search`). */
export async function articleMatchesText(
  db: Db,
  dialect: SqlDialect,
  articleId: string,
  q: string,
): Promise<boolean> {
  checkSearchText(q, 'text');
  const found = await dialect.search(db, q, 'auto', ['', ''], (mode) =>
    count(db, sql`SELECT count(*) FROM ${mode.from} WHERE ${mode.match} AND a.id = ${articleId}`),
  );
  return found > 0;
}
