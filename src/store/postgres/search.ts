import { sql } from 'kysely';
import { NewsgraphError } from '../../errors.js';
import type { Sql } from '../sql/db.js';
import type { QuerySyntax } from '../store.js';

/**
 * Turning what a user typed into a PostgreSQL `tsquery` (text search configuration `english`: stemmed,
 * stop words dropped). The syntax is `websearch_to_tsquery`'s, close to what SQLite's FTS5 takes:
 * `"exact phrase"`, `a OR b`, `-word` (and `NOT word`) to exclude, other words all required. Two FTS5
 * forms `websearch_to_tsquery` lacks are read here and ANDed on: `title:word` (title only: weight A of the
 * search vector) and `word*` (prefix). `plain` reads words only (`plainto_tsquery`).
 */

/** `title:word`, `title:"a phrase"`, `word*`: taken out of the query and turned into tsquery terms. */
const TITLE_TERM = /(?<!\S)title:(?:"([^"]*)"|(\S+))/gi;
const PREFIX_TERM = /(?<!\S)([\p{L}\p{N}][\p{L}\p{N}'-]*)\*(?!\S)/gu;
const NOT_WORD = /(?<!\S)NOT\s+(?=\S)/g;

/**
 * A SQL expression for the tsquery of `query` read as `syntax`. Strict
 * syntax (`fts`) refuses what would otherwise be read loosely: unbalanced quotes or parentheses, an
 * operator with nothing on one side.
 */
export function tsQuery(query: string, syntax: QuerySyntax): Sql {
  if (syntax === 'plain') return sql`plainto_tsquery('english', ${query})`;
  if (syntax === 'fts') checkStrict(query);
  const extra: Sql[] = [];
  const rest = query
    .replace(TITLE_TERM, (_, phrase: string | undefined, word: string | undefined) => {
      extra.push(sql`to_tsquery('english', ${weighted(phrase ?? word ?? '', 'A')})`);
      return ' ';
    })
    .replace(PREFIX_TERM, (_, word: string) => {
      extra.push(sql`to_tsquery('english', ${`${lexeme(word)}:*`})`);
      return ' ';
    })
    .replace(NOT_WORD, '-');
  const parts = rest.trim() === '' ? [] : [sql`websearch_to_tsquery('english', ${rest})`];
  const all = [...parts, ...extra];
  return all.length > 0 ? sql.join(all, sql` && `) : sql`websearch_to_tsquery('english', ${query})`;
}

/** A tsquery operand (a quoted lexeme, so spaces and punctuation are words, not syntax) with a weight. */
function weighted(words: string, weight: string): string {
  return `${lexeme(words)}:${weight}`;
}

const lexeme = (words: string): string => `'${words.replace(/['\\]/g, (c) => `\\${c}`)}'`;

const DANGLING = /(^|\s)(AND|OR|NOT)\s*$|^\s*(AND|OR)(\s|$)/;

function checkStrict(query: string): void {
  const quotes = (query.match(/"/g) ?? []).length;
  let depth = 0;
  for (const c of query) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) break;
  }
  const problem =
    quotes % 2 === 1
      ? 'unterminated phrase (odd number of ")'
      : depth !== 0
        ? 'unbalanced parentheses'
        : DANGLING.test(query)
          ? 'an operator with nothing on one side'
          : undefined;
  if (problem) throw new NewsgraphError('BAD_ARGUMENT', 'query', `not a valid search query: ${problem}`);
}

/**
 * `ts_headline` options for a snippet of about 16 words around the best match (SQLite's snippet length),
 * matched terms wrapped in the highlight marks.
 */
export function headlineOptions(open: string, close: string): string {
  const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return `StartSel=${quoted(open)}, StopSel=${quoted(close)}, MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "`;
}

/**
 * A snippet expression for article `a` and tsquery `q`: from the text when the query matches the text,
 * else from the title (the B and A weights of `a.search`). Like SQLite's snippets, it gets an ellipsis on
 * each side where the text goes on (found by locating the snippet, marks taken out, in the text).
 */
export function snippetSql(q: Sql, options: string, marks: readonly [string, string]): Sql {
  const headline = (column: Sql) => sql`ts_headline('english', ${column}, ${q}, ${options})`;
  return sql`(SELECT CASE WHEN at > 1 THEN '…' ELSE '' END || h.snippet ||
                  CASE WHEN at > 0 AND at + length(plain) <= length(h.source) THEN '…' ELSE '' END
             FROM (SELECT s.snippet, s.source, replace(replace(s.snippet, ${marks[0]}, ''), ${marks[1]}, '') AS plain
                     FROM (SELECT CASE WHEN ts_filter(a.search, '{b}') @@ ${q} THEN ${headline(sql`a.text`)}
                                       ELSE ${headline(sql`coalesce(a.title, '')`)} END AS snippet,
                                  CASE WHEN ts_filter(a.search, '{b}') @@ ${q} THEN a.text
                                       ELSE coalesce(a.title, '') END AS source) s) h,
                  LATERAL (SELECT strpos(h.source, h.plain) AS at) p)`;
}
