/**
 * Offset conversions between an annotated file and the engine's text:
 * - brat counts Unicode code points, JavaScript strings count UTF-16 units (they differ after any
 *   character outside the Basic Multilingual Plane, e.g. an emoji);
 * - the engine's `raw` is the file without a leading byte-order mark and with CRLF turned into LF (what
 *   `extract` does to plain text), so raw offsets are shifted back to file offsets.
 */

/** Maps code-point offsets of `text` to UTF-16 offsets (identity when the text has no surrogate pairs). */
export function codePointsToUtf16(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const units: number[] = [];
  let unit = 0;
  for (const ch of text) {
    units.push(unit);
    unit += ch.length;
  }
  units.push(unit);
  return (offset) => units[Math.min(Math.max(offset, 0), units.length - 1)]!;
}

/** What `extract` makes of a plain-text file: no leading BOM, LF line ends. */
export function normalisePlainFile(content: string): string {
  return (content.charCodeAt(0) === 0xfeff ? content.slice(1) : content).replace(/\r\n/g, '\n');
}

/** Maps offsets of `normalisePlainFile(content)` back to offsets of `content`. */
export function normalisedToFile(content: string): (offset: number) => number {
  const bom = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Normalised offsets from which one more dropped CR lies behind: the offset just after each CRLF's LF.
  const shifts: number[] = [];
  let dropped = 0;
  for (let i = bom; i < content.length; i++) {
    if (content[i] === '\r' && content[i + 1] === '\n') {
      shifts.push(i - bom - dropped + 1);
      dropped++;
    }
  }
  return (offset) => offset + bom + countAtMost(shifts, offset);
}

/** How many sorted values are ≤ x (binary search). */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
