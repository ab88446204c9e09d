import type { OperationNode, RawNode, ValueNode } from 'kysely';
import type { Db, Sql } from './db.js';

/** A statement's SQL text and the values bound to its placeholders. */
export interface Compiled {
  sql: string;
  parameters: readonly unknown[];
}

/** Texts kept per dialect, at most: the write path runs a few dozen shapes; the rest are rare. */
const TEXTS_KEPT = 1_000;

/** Compiled texts by shape key, per dialect adapter (each writes its own placeholders). */
const texts = new WeakMap<object, Map<string, string>>();

/**
 * Fragment lists by a short id. A `sql` template's fragments are one frozen array per call site, so the
 * WeakMap answers at once; `sql.join` builds fresh arrays of empty strings, so those go by their content.
 */
const fragmentIds = new WeakMap<readonly string[], string>();
const idsByContent = new Map<string, string>();

function fragmentsId(fragments: readonly string[]): string {
  let id = fragmentIds.get(fragments);
  if (id === undefined) {
    const content = fragments.join('\u0000');
    id = idsByContent.get(content);
    if (id === undefined) {
      if (idsByContent.size >= TEXTS_KEPT) idsByContent.clear(); // ids stay unique: the counter goes on
      idsByContent.set(content, (id = String(nextId++)));
    }
    fragmentIds.set(fragments, id);
  }
  return id;
}
let nextId = 0;

/**
 * Appends `node`'s shape to `key` and its bound values to `values`, in the order Kysely's compiler visits
 * them (so its placeholders number the same). False for a node kind this does not know: compile it whole.
 */
function shape(node: OperationNode, key: string[], values: unknown[]): boolean {
  if (node.kind === 'ValueNode') {
    const { value, immediate } = node as ValueNode;
    if (!immediate) {
      key.push('?');
      values.push(value);
    } else {
      // A literal is part of the text; JSON keeps a string literal from reading as key syntax.
      key.push(`L${typeof value}${typeof value === 'bigint' ? String(value) : JSON.stringify(value)}`);
    }
    return true;
  }
  if (node.kind !== 'RawNode') return false;
  const { sqlFragments, parameters } = node as RawNode;
  key.push(`R${fragmentsId(sqlFragments)}(`);
  for (const parameter of parameters) if (!shape(parameter, key, values)) return false;
  key.push(')');
  return true;
}

/**
 * `query` compiled, its text compiled once per shape. Kysely walks and prints the whole node tree for every
 * query (about 1 ms CPU per stored article over the write path's statements); the shape key is a cheaper
 * walk, and the same text each time also lets SQLite reuse its prepared statement.
 */
export function compiled(db: Db, query: Sql): Compiled {
  const node = query.toOperationNode();
  const key: string[] = [];
  const parameters: unknown[] = [];
  if (!shape(node, key, parameters)) return query.compile(db);
  const adapter = db.getExecutor().adapter;
  let known = texts.get(adapter);
  if (!known || known.size >= TEXTS_KEPT) texts.set(adapter, (known = new Map()));
  const shapeKey = key.join('');
  let text = known.get(shapeKey);
  if (text === undefined) {
    const whole = query.compile(db);
    text = whole.sql;
    known.set(shapeKey, text);
    return whole;
  }
  return { sql: text, parameters };
}
