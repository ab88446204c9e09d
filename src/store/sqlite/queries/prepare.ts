import type { Statement } from 'better-sqlite3';

/** Prepares (or fetches from a cache) the statement for some SQL: what every query function is given. */
export type Prepare = (sql: string) => Statement;
