import { BINARY_SIGNATURES } from './binary-signatures.js';

/** How much of the start of a file is inspected: enough to judge, small enough to be instant. */
export const SNIFF_BYTES = 8 * 1024;

/**
 * Above this share of control characters (other than tab, newlines, form feed) a file is not text: real
 * articles have none, legacy text may have a stray one.
 */
const MAX_CONTROL_RATIO = 0.02;

/** Why the bytes are binary, or undefined when they may be text. UTF-16 (BOM-marked) is checked by the caller. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const signature = BINARY_SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  if (signature) return signature.name;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'NUL bytes in the first 8 KB';
    if (isControl(b)) controls++;
  }
  if (head.length > 0 && controls / head.length > MAX_CONTROL_RATIO) {
    return `${controls} control characters in the first ${head.length} bytes`;
  }
  return undefined;
}

function isControl(b: number): boolean {
  // Tab, LF, VT, FF, CR are layout; ESC appears in terminal captures but not in articles, so it counts.
  return (b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f;
}
