/**
 * windows-1252 bytes 0x80–0x9F, which differ from ISO-8859-1 (Latin-1 puts C1 controls there). Node 20's
 * TextDecoder('windows-1252') decodes as plain Latin-1, so curly quotes would come out as controls; this
 * table fixes that. Source: WHATWG Encoding Standard, index-windows-1252. The five undefined bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD: a control character in an article helps nobody.
 */
const HIGH_1252: Readonly<Record<number, string>> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

/** Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D have no character in windows-1252. */
export const UNDEFINED_IN_1252: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => windows1252Char(c.charCodeAt(0)));
}

/** The character of one byte in windows-1252 (U+FFFD for the five it leaves undefined). */
export function windows1252Char(byte: number): string {
  if (byte < 0x80 || byte > 0x9f) return String.fromCharCode(byte);
  return HIGH_1252[byte] ?? '\uFFFD';
}
