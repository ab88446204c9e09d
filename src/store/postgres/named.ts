import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** Distinct statement texts given names; later texts run unnamed (a text built from values must not fill memory). */
const NAMES_KEPT = 2000;
const names = new Map<string, string>();

const nameOf = (text: string): string | undefined => {
  let name = names.get(text);
  if (name === undefined && names.size < NAMES_KEPT) names.set(text, (name = `ng${names.size + 1}`));
  return name;
};

/**
 * The pool as Kysely sees it, every statement with parameters sent under a name derived from its text: the
 * connection parses and plans it once and then only binds (an unnamed statement is parsed and planned on
 * every run, about a third of the server's time on `put`). Parameterless ones (BEGIN, COMMIT) stay simple.
 */
export function namedStatements(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect();
      return {
        query: ((text: string, values?: unknown[]) => {
          const name = values?.length ? nameOf(text) : undefined;
          return name ? client.query({ name, text, values }) : client.query(text, values);
        }) as unknown as PostgresPoolClient['query'], // a cursor (Kysely's streaming) is not used here
        release: (destroy?: boolean) => client.release(destroy),
      };
    },
    end: () => pool.end(),
  };
}
