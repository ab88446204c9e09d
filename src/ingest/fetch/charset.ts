import iconv from 'iconv-lite';
import { NewsgraphError } from '../../errors.js';
import { decodeInputBytes } from '../bytes.js';
import { utf16Bom } from '../decode.js';
import { CHARSET_ALIASES } from './charset-labels.js';

/** The charset parameter of a Content-Type header, lower-cased, without quotes. */
const HEADER_CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;
/** `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i;
/** Browsers look for the meta tag in the first 1024 bytes; pages in the wild push it a little further. */
const META_SCAN_BYTES = 4096;

export function headerCharset(contentType: string): string | undefined {
  return HEADER_CHARSET.exec(contentType)?.[1]?.toLowerCase();
}

export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SCAN_BYTES));
  return META_CHARSET.exec(head.toString('latin1'))?.[1]?.toLowerCase();
}

export interface DecodedBody {
  text: string;
  /** The encoding used, e.g. `utf-8`, `windows-1251`. */
  encoding: string;
  /** Where the encoding came from, for the article's diagnostics. */
  notes: string[];
}

/**
 * Decodes a fetched body: a byte order mark wins, then the Content-Type charset, then a `<meta charset>`
 * (HTML only); with neither, the same rules as a file (UTF-8, else plausible windows-1252). Legacy
 * encodings go through iconv-lite. Throws NewsgraphError naming the URL for empty or undecodable bodies.
 */
export function decodeBody(
  url: string,
  bytes: Uint8Array,
  contentType: string,
  isHtml: boolean,
): DecodedBody {
  if (bytes.length === 0) throw new NewsgraphError('INPUT_EMPTY', url, '0 bytes');
  const fromHeader = headerCharset(contentType);
  const fromMeta = isHtml && !fromHeader ? metaCharset(bytes) : undefined;
  const label = fromHeader ?? fromMeta;
  if (utf16Bom(bytes) || !label) return asFile(url, bytes);
  const encoding = CHARSET_ALIASES[label] ?? label;
  if (encoding === 'utf-8') return { ...asFile(url, bytes), encoding };
  if (!iconv.encodingExists(encoding)) {
    const decoded = asFile(url, bytes);
    return { ...decoded, notes: [...decoded.notes, `unknown charset "${label}" ignored`] };
  }
  const text = iconv.decode(Buffer.from(bytes), encoding);
  if (text.trim() === '') throw new NewsgraphError('INPUT_EMPTY', url, 'only white space');
  const source = fromHeader ? 'the Content-Type header' : 'a <meta> tag';
  return { text, encoding, notes: [`decoded as ${encoding} (charset from ${source})`] };
}

/** No usable label: the file rules, which also refuse binary bodies served as text. */
function asFile(url: string, bytes: Uint8Array): DecodedBody {
  const file = decodeInputBytes(url, bytes);
  return { text: file.content, encoding: file.encoding, notes: file.notes };
}
