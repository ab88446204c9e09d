import { resolve } from 'node:path';
import { isUrl } from '../fetch/url-list.js';
import { itemName } from '../item-types.js';
import { STDIN_ARG, STDIN_NAME } from '../stdin.js';
import type { ReadInput } from '../types.js';

/**
 * The journal's key for one input: the absolute path (so a re-run from another directory still matches),
 * plus where in a multi-article file the article is. Feed items are keyed by their link when they have one,
 * because a feed is rewritten as news comes in and `item 3` is a different story tomorrow; JSONL lines and
 * WARC records stay where they are, so their position is stable.
 */
export function inputKey(input: ReadInput): string {
  const file = absolute(input.path);
  if (input.kind === 'feed' && input.uri) return itemName(file, input.uri);
  return itemName(file, input.item);
}

/**
 * The key of an input known by name only (a failure, or a file not read yet). `name` is what the reader calls it: the
 * path as given, maybe followed by where in the file (`dump.jsonl line 7`).
 */
export function keyOfName(path: string, name: string): string {
  const shown = path === STDIN_ARG ? STDIN_NAME : path;
  const where = name.startsWith(shown) ? name.slice(shown.length) : ` ${name}`;
  return `${absolute(path)}${where}`;
}

/** Standard input differs from run to run: it is journaled but never skipped on a re-run. */
export function isResumable(path: string): boolean {
  return path !== STDIN_ARG && path !== STDIN_NAME;
}

/** A URL is its own key (as given, not where it redirected to: that is known only after fetching). */
function absolute(path: string): string {
  if (isUrl(path)) return path;
  return path === STDIN_ARG || path === STDIN_NAME ? STDIN_NAME : resolve(path);
}
