/** One line of `raw`. `start`/`end` exclude the line break; `next` is the offset just past it. */
export interface Line {
  index: number;
  start: number;
  end: number;
  next: number;
  /** The line's characters without surrounding white space, and where they are in `raw`. */
  text: string;
  textStart: number;
  textEnd: number;
  blank: boolean;
}

/** Lines of `raw` (split on `\n`; extraction has already turned CRLF into LF). */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = raw.indexOf('\n', start);
    const end = nl === -1 ? raw.length : nl;
    let textStart = start;
    let textEnd = end;
    while (textStart < textEnd && /\s/.test(raw[textStart]!)) textStart++;
    while (textEnd > textStart && /\s/.test(raw[textEnd - 1]!)) textEnd--;
    const text = raw.slice(textStart, textEnd);
    lines.push({
      index: lines.length,
      start,
      end,
      next: nl === -1 ? end : nl + 1,
      text,
      textStart,
      textEnd,
      blank: !text,
    });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** The trimmed raw span of a line. */
export function lineSpan(line: Line): { start: number; end: number } {
  return { start: line.textStart, end: line.textEnd };
}
