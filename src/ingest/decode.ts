import { decodeWindows1252, UNDEFINED_IN_1252 } from './windows-1252.js';

/**
 * Bytes → string. UTF-8 is the norm; UTF-16 is accepted when a BOM says so; windows-1252 (the superset of
 * Latin-1 that every browser uses for "Latin-1") only when the bytes look like Western text that was never
 * UTF-8, e.g. one BBC corpus file with a bare 0xA3 for "£". Anything else is undecodable.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  const bom = utf16Bom(bytes);
  if (bom) return decodeStrict(bytes.subarray(2), bom);
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8.ok) return utf8;
  const latin1 = latin1Verdict(bytes);
  if (latin1) return { ok: false, reason: latin1 };
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Whether the bytes start with a UTF-16 byte order mark (binary sniffing must skip such files' NULs). */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): Decoded {
  try {
    // A UTF-8 BOM is dropped by the decoder (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    const where =
      encoding === 'utf-8' ? `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` : `invalid ${encoding}`;
    return { ok: false, reason: where };
  }
}

/** Western text has accented letters here and there; a higher share of high bytes means another encoding. */
const MAX_HIGH_BYTE_RATIO = 0.2;

/**
 * Why the (already not-UTF-8) bytes are not plausible Latin-1 text, or undefined when they are. Broken
 * UTF-8 (valid multi-byte sequences next to stray bytes) is refused: decoding it as Latin-1 would turn every
 * "é" into "Ã©".
 */
function latin1Verdict(bytes: Uint8Array): string | undefined {
  let high = 0;
  let utf8SequenceBytes = 0;
  let strayBytes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (UNDEFINED_IN_1252.has(b)) return `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}, and not Latin-1`;
    const length = utf8SequenceLength(bytes, i);
    if (length > 1) {
      utf8SequenceBytes += length;
      high += length - 1;
      i += length - 1;
    } else strayBytes++;
  }
  const where = `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`;
  if (utf8SequenceBytes >= strayBytes) return `${where}: broken UTF-8`;
  if (high / bytes.length > MAX_HIGH_BYTE_RATIO)
    return `${where}, and too many non-ASCII bytes to be Latin-1`;
  return undefined;
}

/** Length of the well-formed UTF-8 multi-byte sequence starting at `i`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length - 1;
  }
  return bytes.length;
}
