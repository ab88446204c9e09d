import { extname } from 'node:path';
import { CONTAINER_SUFFIXES } from '../container-kinds.js';
import { htmlReader } from './html.js';
import type { SourceReader } from './reader.js';
import { textReader } from './text.js';

export type { SourceReader } from './reader.js';

/** Sniffing order: content that looks like a kind wins over the extension; text is the fallback. */
export const READERS: readonly SourceReader[] = [htmlReader, textReader];

/**
 * File-name suffixes a folder listing picks up: the one-article readers' extensions and the multi-article
 * kinds' (`.rss .atom .xml .warc .warc.gz .jsonl .jsonl.gz .ndjson .ndjson.gz`).
 */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set([
  ...READERS.flatMap((r) => r.extensions),
  ...CONTAINER_SUFFIXES.map(([suffix]) => suffix),
]);

/** Whether a file name ends in one of the input suffixes (compound ones like `.warc.gz` included). */
export function hasInputExtension(name: string): boolean {
  const lower = name.toLowerCase();
  for (const suffix of INPUT_EXTENSIONS) if (lower.endsWith(suffix)) return true;
  return false;
}

/** The reader for a file: by content sniffing first, then by extension, else plain text. */
export function readerFor(path: string, content: string): SourceReader {
  const sniffed = READERS.find((r) => r.sniff(content));
  if (sniffed) return sniffed;
  const ext = extname(path).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext)) ?? textReader;
}
