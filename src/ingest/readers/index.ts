import { extname } from 'node:path';
import { htmlReader } from './html.js';
import type { SourceReader } from './reader.js';
import { textReader } from './text.js';

export type { SourceReader } from './reader.js';

/** Sniffing order: content that looks like a kind wins over the extension; text is the fallback. */
export const READERS: readonly SourceReader[] = [htmlReader, textReader];

/** Extensions a folder listing picks up. */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set(READERS.flatMap((r) => r.extensions));

/** The reader for a file: by content sniffing first, then by extension, else plain text. */
export function readerFor(path: string, content: string): SourceReader {
  const sniffed = READERS.find((r) => r.sniff(content));
  if (sniffed) return sniffed;
  const ext = extname(path).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext)) ?? textReader;
}
