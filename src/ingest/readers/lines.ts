import type { ByteChunks } from '../streams.js';

/** One line of a byte stream (without its `\n` or `\r\n`), or the length of one too long to keep. */
export type Line = { bytes: Buffer } | { tooLong: number };

/**
 * Splits a byte stream into lines, holding at most `maxLineBytes` of one line: a longer line is dropped as it
 * streams past and reported by its length, so one giant line costs no more memory than the cap.
 */
export async function* splitLines(chunks: ByteChunks, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropped = -1; // bytes of an over-long line dropped so far; -1 when keeping
  const add = (piece: Buffer): void => {
    if (dropped >= 0) dropped += piece.length;
    else if (size + piece.length > maxLineBytes) {
      dropped = size + piece.length;
      parts = [];
      size = 0;
    } else {
      parts.push(piece);
      size += piece.length;
    }
  };
  const finish = (): Line => {
    const line: Line = dropped >= 0 ? { tooLong: dropped } : { bytes: withoutCr(Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    dropped = -1;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(10, start); end >= 0; end = chunk.indexOf(10, start)) {
      add(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    if (start < chunk.length) add(chunk.subarray(start));
  }
  if (size > 0 || dropped >= 0) yield finish();
}

function withoutCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, -1) : line;
}
