import type { FetchOptions } from './fetch/options.js';
import type { ReadInput, ReadOptions } from './types.js';

/**
 * One article read from an input, or why one could not be read. A multi-article input (feed, WARC, JSONL)
 * yields several; a bad item is a failure that names the input and where in it, and reading goes on.
 */
export type ItemOutcome = { ok: true; input: ReadInput } | { ok: false; name: string; error: unknown };

/** Field names (or dotted paths, `article.body`) to read from each JSONL object; unset fields use defaults. */
export interface JsonlFieldNames {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  date?: string;
}

export interface ItemReadOptions extends ReadOptions {
  jsonlFields?: JsonlFieldNames;
  /** How `http(s)://` inputs are fetched (address policy, timeout). */
  fetch?: FetchOptions;
}

/** What messages call one item: `feed.xml item 3`, `crawl.warc.gz record 12`, `dump.jsonl line 7`. */
export function itemName(path: string, item?: string): string {
  return item ? `${path} ${item}` : path;
}

export function failed(name: string, error: unknown): ItemOutcome {
  return { ok: false, name, error };
}
