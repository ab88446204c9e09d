import { sniffUtf16, type Utf16Encoding } from './utf16-sniff.js';
import { decodeLenientUtf8, utf8SequenceLength, type LenientUtf8 } from './utf8-lenient.js';
import { decodeWindows1252 } from './windows-1252.js';

/**
 * Bytes → string, as browsers read what they are given rather than refusing it. UTF-8 is the norm; UTF-16
 * when a BOM says so or the zero bytes show it; windows-1252 (the superset of Latin-1 that every browser
 * uses for "Latin-1") when the bytes hold no UTF-8 sequence at all, e.g. one BBC corpus file with a bare
 * 0xA3 for "£". UTF-8 with stray bytes (a Latin-1 paste, a file cut inside its last character) keeps its
 * UTF-8 and reads the stray bytes as windows-1252 or U+FFFD, with a note saying where. Refused: bytes whose
 * share of non-ASCII is too high for Western text yet never UTF-8 (another legacy encoding; guessing would
 * give gibberish). Binary files are refused before, by `binaryReason`.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  { ok: true; text: string; encoding: TextEncodingName; notes: string[] } | { ok: false; reason: string };

/** Western text has accented letters here and there; a higher share of high bytes means another encoding. */
const MAX_HIGH_BYTE_RATIO = 0.2;
/** A short title ("Café Müller") may be a third accents: too few bytes to call it another encoding. */
const MIN_HIGH_BYTES_TO_JUDGE = 16;

/** The note a Latin-1 file has always had (its offset follows). */
const LATIN1_NOTE = 'not valid UTF-8; decoded as Latin-1 (windows-1252)';

export function decodeText(bytes: Uint8Array): Decoded {
  const bom = utf16Bom(bytes);
  if (bom) return decodeUtf16(bytes.subarray(2), bom, []);
  const sniffed = sniffUtf16(bytes);
  if (sniffed)
    return decodeUtf16(bytes, sniffed, [`no byte order mark; read as ${sniffed} from its zero bytes`]);
  try {
    // A UTF-8 BOM is dropped by the decoder (ignoreBOM defaults to false).
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      notes: [],
    };
  } catch {
    return hasUtf8Sequence(bytes) ? repairedUtf8(bytes) : singleByte(bytes);
  }
}

/** The UTF-16 encoding of the bytes, from a BOM or sniffed; binary sniffing must skip such files' NULs. */
export function utf16Encoding(bytes: Uint8Array): Utf16Encoding | undefined {
  return utf16Bom(bytes) ?? sniffUtf16(bytes);
}

/** Whether the bytes start with a UTF-16 byte order mark. */
export function utf16Bom(bytes: Uint8Array): Utf16Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: Utf16Encoding, notes: string[]): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  const bad = text.indexOf('\uFFFD');
  const odd = bytes.length % 2 === 1 ? [`odd length: the last byte is cut off`] : [];
  const broken =
    bad >= 0 && !isFatalClean(bytes, encoding)
      ? [`invalid ${encoding} near character ${bad}: replaced with U+FFFD`]
      : [];
  return { ok: true, text, encoding, notes: [...notes, ...broken, ...odd] };
}

function isFatalClean(bytes: Uint8Array, encoding: Utf16Encoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i]! >= 0xc2 && utf8SequenceLength(bytes, i) > 0) return true;
  return false;
}

/** No UTF-8 in it: Latin-1, unless too many bytes are high for Western text. */
function singleByte(bytes: Uint8Array): Decoded {
  let high = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if (first < 0) first = i;
  }
  // High bytes only at the very end, as a lead and its continuations: UTF-8 cut short, not Latin-1.
  const lenient = decodeLenientUtf8(bytes);
  if (lenient.badCount === 0 && lenient.truncatedAt !== undefined)
    return { ok: true, text: lenient.text, encoding: 'utf-8', notes: [truncatedNote(lenient)] };
  if (high >= MIN_HIGH_BYTES_TO_JUDGE && high / bytes.length > MAX_HIGH_BYTE_RATIO)
    return {
      ok: false,
      reason: `invalid UTF-8 at byte ${first}, and too many non-ASCII bytes to be Latin-1`,
    };
  return {
    ok: true,
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    notes: [`${LATIN1_NOTE}; first non-ASCII byte at ${first}`],
  };
}

function repairedUtf8(bytes: Uint8Array): Decoded {
  const lenient = decodeLenientUtf8(bytes);
  const notes: string[] = [];
  if (lenient.badCount > 0) {
    const more =
      lenient.badCount > lenient.badBytes.length
        ? ` and ${lenient.badCount - lenient.badBytes.length} more`
        : '';
    notes.push(`invalid UTF-8 at byte ${lenient.badBytes.join(', ')}${more}: read as windows-1252`);
  }
  if (lenient.truncatedAt !== undefined) notes.push(truncatedNote(lenient));
  return { ok: true, text: lenient.text, encoding: 'utf-8', notes };
}

function truncatedNote(lenient: LenientUtf8): string {
  return `cut inside a UTF-8 character at byte ${lenient.truncatedAt}: replaced with U+FFFD`;
}
