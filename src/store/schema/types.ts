/**
 * The column types and the few constructs the schema writes differently per engine. Each version's DDL
 * (`v1.ts` … `v5.ts`) is written once over these; `sqlite/schema.ts` and `postgres/schema.ts` fill them in.
 */
export interface SchemaDialect {
  engine: 'sqlite' | 'postgres';
  int: string;
  /** Ids and hashes that may pass 2^31. */
  bigint: string;
  real: string;
  /** SQLite has no booleans: 1 and 0. */
  bool: string;
  json: string;
  blob: string;
  /** An instant (ISO text on SQLite). */
  time: string;
  /** Text that sorts byte by byte (SQLite's default; `COLLATE "C"` on PostgreSQL). */
  sortedText: string;
  /** An integer key numbered on insert. */
  serialKey: string;
  /** A foreign key to such a key. */
  serialRef: string;
  /** An index expression for `column` ignoring case (NOCASE; `lower()`). */
  caseless(column: string): string;
  /**
   * `value` of the Doc's array member `array[idx]` (the row's `idx`) of the article `articles a`, as text,
   * for filling a column added later from `doc_json`.
   */
  docMember(array: string, idx: string, path: string): string;
}

/** Only on one engine: the other gets nothing. */
export const only = (d: SchemaDialect, engine: SchemaDialect['engine'], sql: string): string =>
  d.engine === engine ? sql : '';
