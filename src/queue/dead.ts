import { userInfo } from 'node:os';
import pg from 'pg';
import { DEAD_QUEUE, queueSchema } from './names.js';

/** An article job that failed its last retry (pg-boss copied it to the dead-letter queue). */
export interface DeadJob {
  url: string;
  feedUrl: string;
  itemId: string;
  /** The catalog code (src/errors.ts) of the last failure, null when it was not one of ours. */
  errorCode: string | null;
  /** Why the last attempt failed. */
  error: string;
  /** When it went dead (ISO 8601). */
  at: string;
}

interface DeadRow {
  data: { url?: unknown; feedUrl?: unknown; itemId?: unknown } | null;
  output: { message?: unknown; code?: unknown; value?: { message?: unknown } } | null;
  created_on: Date;
}

/**
 * The dead article jobs of the store at `url`, oldest first: those still in the queue's table and those
 * pg-boss has archived (kept until its retention deletes them). None when no queue was ever used there.
 */
export async function listDeadJobs(url: string, page: { limit: number; offset: number }): Promise<DeadJob[]> {
  pg.defaults.user ??= process.env.USER ?? userInfo().username;
  const schema = queueSchema(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [
      `${schema}.archive`,
    ]);
    if (!rows[0]?.found) return [];
    const dead = await client.query<DeadRow>(
      `SELECT data, output, created_on FROM ${schema}.job WHERE name = $1
       UNION ALL SELECT data, output, created_on FROM ${schema}.archive WHERE name = $1
       ORDER BY created_on LIMIT $2 OFFSET $3`,
      [DEAD_QUEUE, page.limit, page.offset],
    );
    return dead.rows.map(toDeadJob);
  } finally {
    await client.end();
  }
}

function toDeadJob(row: DeadRow): DeadJob {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  // Our worker fails a job with { message, code }; pg-boss's expiry with { value: { message } }.
  const message = text(row.output?.message) || text(row.output?.value?.message) || 'unknown reason';
  return {
    url: text(row.data?.url),
    feedUrl: text(row.data?.feedUrl),
    itemId: text(row.data?.itemId),
    errorCode: text(row.output?.code) || null,
    error: message,
    at: row.created_on.toISOString(),
  };
}
