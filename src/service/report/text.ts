/** Small text helpers for the readable report. */

/** White space folded to single spaces, so a span prints on one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, an ellipsis marking the cut. */
export function truncate(s: string, max: number): string {
  const line = oneLine(s);
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** In straight double quotes, shortened. */
export function quoted(s: string, max = 100): string {
  return `"${truncate(s, max)}"`;
}

/** A section: heading with the count, then indented lines, or "none". */
export function section(title: string, lines: readonly string[]): string {
  const body = lines.length > 0 ? lines.map((l) => `  ${l}`).join('\n') : '  (none)';
  return `${title} (${lines.length})\n${body}`;
}
