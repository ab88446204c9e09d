import { userInfo } from 'node:os';
import pg from 'pg';

/** PostgreSQL type ids whose values newsgraph reads as numbers or ISO strings rather than pg's defaults. */
const INT8 = 20;
const NUMERIC = 1700;
const TIMESTAMPTZ = 1184;

/**
 * Column values as the SQLite store gives them: counts and ids (bigint) as numbers (they stay far below
 * 2^53), times as ISO 8601 strings in UTC (`2025-08-20T12:00:00.000Z`, what the store wrote).
 */
const types = {
  getTypeParser: ((id: number, format?: 'text' | 'binary') => {
    if (id === INT8 || id === NUMERIC) return (text: string) => Number(text);
    if (id === TIMESTAMPTZ) {
      const toDate = pg.types.getTypeParser(TIMESTAMPTZ) as (text: string) => Date;
      return (text: string) => toDate(text).toISOString();
    }
    return format === 'binary' ? pg.types.getTypeParser(id, 'binary') : pg.types.getTypeParser(id);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PoolOptions {
  /** Connections kept open (default 4: one writer, a few readers for the HTTP server). */
  max?: number;
}

/** A connection pool for `url` (times are read as instants and printed in UTC, whatever the session zone). */
export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  // Like libpq (psql), connect as the operating-system user when neither the URL nor PGUSER names one;
  // node-postgres would otherwise use $USER, which services and containers often leave unset.
  pg.defaults.user ??= process.env.USER ?? userInfo().username;
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, types });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** The location to name in messages: the URL without its password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
