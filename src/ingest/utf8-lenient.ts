import { windows1252Char } from './windows-1252.js';

/**
 * UTF-8 with bad bytes in it, read as a browser would rather than refused: every well-formed sequence is
 * UTF-8; a stray byte is read as windows-1252 (what a Latin-1 editor that touched the file meant, e.g. a
 * bare 0xE9 for "é"), or U+FFFD when it has no character there; a sequence cut off by the end of the file
 * is U+FFFD. `badBytes` lists where, for the diagnostic.
 */
export interface LenientUtf8 {
  text: string;
  /** Offsets of the bytes that were not UTF-8 (the first few; `badCount` has them all). */
  badBytes: number[];
  badCount: number;
  /** The file ends inside a multi-byte character (it was cut). */
  truncatedAt: number | undefined;
}

const MAX_OFFSETS = 5;

export function decodeLenientUtf8(bytes: Uint8Array): LenientUtf8 {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const badBytes: number[] = [];
  let badCount = 0;
  let truncatedAt: number | undefined;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length - 1;
      continue;
    }
    parts.push(decoder.decode(bytes.subarray(start, i)));
    if (isCutAtEnd(bytes, i)) {
      truncatedAt = i;
      parts.push('\uFFFD');
      start = bytes.length;
      break;
    }
    badCount++;
    if (badBytes.length < MAX_OFFSETS) badBytes.push(i);
    parts.push(windows1252Char(bytes[i]!));
    start = i + 1;
  }
  parts.push(decoder.decode(bytes.subarray(start)));
  return { text: parts.join(''), badBytes, badCount, truncatedAt };
}

/** Length of the well-formed UTF-8 multi-byte sequence starting at `i`, or 0 (as the Encoding Standard). */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length = declaredLength(lead);
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if (!continuationAllowed(lead, k, bytes[i + k]!)) return 0;
  return length;
}

/** The second byte's narrower ranges exclude overlongs, surrogates and code points above U+10FFFF. */
function continuationAllowed(lead: number, k: number, b: number): boolean {
  if (k === 1) {
    if (lead === 0xe0) return b >= 0xa0 && b <= 0xbf;
    if (lead === 0xed) return b >= 0x80 && b <= 0x9f;
    if (lead === 0xf0) return b >= 0x90 && b <= 0xbf;
    if (lead === 0xf4) return b >= 0x80 && b <= 0x8f;
  }
  return (b & 0xc0) === 0x80;
}

/** A lead byte whose sequence is well-formed so far but runs past the last byte. */
function isCutAtEnd(bytes: Uint8Array, i: number): boolean {
  const lead = bytes[i]!;
  const length = declaredLength(lead);
  if (length === 0 || i + length <= bytes.length) return false;
  for (let k = 1; i + k < bytes.length; k++) if (!continuationAllowed(lead, k, bytes[i + k]!)) return false;
  return true;
}

/** How many bytes a lead byte announces; 0 for bytes that cannot start a multi-byte sequence. */
function declaredLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
