import type { RawInput, SourceKind } from '../../doc/types.js';
import type { DecodedFile } from '../types.js';

/**
 * One reader per source kind. Later kinds (feeds, WARC, JSONL) will yield several articles per file; the
 * text and HTML readers yield one.
 */
export interface SourceReader {
  kind: SourceKind;
  /** Lower-case file extensions with the dot, used when listing folders and choosing a reader. */
  extensions: readonly string[];
  /** Whether decoded content looks like this kind whatever the file is called. */
  sniff: (content: string) => boolean;
  toInput: (file: DecodedFile) => RawInput;
}
