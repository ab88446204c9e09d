import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { kindByContent } from './container-kinds.js';
import { isUrl } from './fetch/url-list.js';
import { join } from 'node:path';
import { hasInputExtension } from './readers/index.js';

/**
 * Expands files and folders into the list of input files, in a stable order: each argument in turn, a
 * folder's files sorted by path, duplicates dropped. A folder contributes only files with a known
 * extension (`.txt .html .htm`, feeds, WARC, JSONL; see INPUT_EXTENSIONS), skipping hidden files and folders; a file named explicitly is kept
 * whatever its extension, and so is a path that does not exist, so reading it reports the problem
 * against that file. An `http(s)://` URL is kept as it is (it is fetched when read).
 */
export function listInputs(paths: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  for (const path of paths) {
    if (isUrl(path)) add(path);
    else if (isDirectory(path)) walk(path).forEach(add);
    else add(path);
  }
  return out;
}

function walk(dir: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Symlinked folders are not followed: a link cycle would never end.
    if (entry.isDirectory()) files.push(...walk(path));
    else if (hasInputExtension(entry.name) && isFileOrLinkToFile(entry, path) && !isOtherXml(path)) {
      files.push(path);
    }
  }
  // Code-unit order, not locale order: the same folder lists the same way on every machine.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFileOrLinkToFile(entry: { isFile(): boolean; isSymbolicLink(): boolean }, path: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return true; // a dangling link: keep it so reading it reports the problem
  }
}

/** Enough of a file to see its root element after the XML declaration and comments. */
const XML_HEAD_BYTES = 4096;

/**
 * Folders hold `.xml` files that are not feeds (sitemaps, configs); a folder listing takes an `.xml` only
 * when it opens like a feed, so those are not reported as bad feeds. A file named explicitly is always read.
 */
function isOtherXml(path: string): boolean {
  if (!path.toLowerCase().endsWith('.xml')) return false;
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(XML_HEAD_BYTES);
      const length = readSync(fd, head, 0, XML_HEAD_BYTES, 0);
      return kindByContent(head.subarray(0, length).toString('utf8')) !== 'feed';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // unreadable: keep it so reading it reports the problem
  }
}
