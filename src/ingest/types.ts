import type { Meta, RawInput } from '../doc/types.js';
import type { TextEncodingName } from './decode.js';

/** A file (or stdin) decoded to text, before a reader turns it into pipeline input. */
export interface DecodedFile {
  /** The path as given, or `stdin`: what error messages name. */
  name: string;
  content: string;
  encoding: TextEncodingName;
  /** How the bytes were read when it was not plain UTF-8 (Latin-1, repaired bytes, UTF-16 without BOM). */
  notes: string[];
}

/** One input read from a file: what `analyze` takes, plus how it was decoded. */
export interface ReadInput extends RawInput {
  /** The path as given, or `stdin`. */
  path: string;
  /** Where in a multi-article input this one came from (`line 12`, `record 3`, `item 2`). */
  item?: string;
  /** How the bytes were decoded: one of ours, or the charset a web server named (`windows-1251`). */
  encoding: TextEncodingName | (string & {});
  /**
   * Metadata to use only where the article itself says nothing, e.g. a WARC record's crawl date as the
   * publication date of a page that carries no date of its own.
   */
  fallbackMeta?: Meta;
  /** Things worth telling the user that are not errors, e.g. a Latin-1 fallback; the service turns them into diagnostics. */
  notes: string[];
}

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
