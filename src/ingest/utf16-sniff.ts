/**
 * UTF-16 without a byte order mark, as Windows tools and some exporters write it. Text in Latin script has
 * a zero byte in every other position (the high byte of each code unit), which neither UTF-8 text nor
 * binary formats show in that regular pattern; the decoded sample must then read as text.
 */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** Enough code units to judge; the whole file is never scanned. */
const SNIFF_BYTES = 8 * 1024;
/**
 * Fewer code units are too little evidence: "A\0B\0" is as likely a binary record as the text "AB", and no
 * article is that short.
 */
const MIN_UNITS = 16;
/** Share of code units whose high byte is zero: Latin prose is near 1, CJK prose near 0 (undetectable). */
const MIN_ZERO_HIGH_RATIO = 0.5;
/** Share of code units whose low byte is zero: U+0000, U+0100, U+0200… are rare in any text. */
const MAX_ZERO_LOW_RATIO = 0.02;
/** Control characters (not tab or newlines) allowed in the decoded sample, as for single-byte text. */
const MAX_CONTROL_RATIO = 0.02;

export function sniffUtf16(bytes: Uint8Array): Utf16Encoding | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~1);
  const units = sample.length / 2;
  if (units < MIN_UNITS) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const encoding: Utf16Encoding | undefined =
    zeroOdd / units >= MIN_ZERO_HIGH_RATIO && zeroEven / units <= MAX_ZERO_LOW_RATIO
      ? 'utf-16le'
      : zeroEven / units >= MIN_ZERO_HIGH_RATIO && zeroOdd / units <= MAX_ZERO_LOW_RATIO
        ? 'utf-16be'
        : undefined;
  if (!encoding) return undefined;
  return readsAsText(new TextDecoder(encoding).decode(sample)) ? encoding : undefined;
}

function readsAsText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / text.length <= MAX_CONTROL_RATIO;
}
