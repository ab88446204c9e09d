import { NewsgraphError } from '../errors.js';
import { binaryReason } from './binary.js';
import { decodeText, utf16Encoding } from './decode.js';
import type { DecodedFile } from './types.js';

/**
 * Checks and decodes the bytes of one input. Throws a NewsgraphError naming `name` when they are binary,
 * undecodable or hold no text.
 */
export function decodeInputBytes(name: string, bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) throw new NewsgraphError('INPUT_EMPTY', name, '0 bytes');
  if (!utf16Encoding(bytes)) {
    const binary = binaryReason(bytes);
    if (binary) throw new NewsgraphError('INPUT_BINARY', name, binary);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new NewsgraphError('INPUT_ENCODING', name, decoded.reason);
  // trim() also drops NBSP and U+FEFF, so a file of BOMs and non-breaking spaces is empty too.
  if (decoded.text.trim() === '') throw new NewsgraphError('INPUT_EMPTY', name, 'only white space');
  return { name, content: decoded.text, encoding: decoded.encoding, notes: decoded.notes };
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KB`
      : `${n} bytes`;
}
