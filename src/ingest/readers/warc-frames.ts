import type { ByteReader } from '../byte-reader.js';

/** One WARC record as framed from the stream: its header block and, when asked for, its content block. */
export interface WarcFrame {
  /** 1-based position in the archive, counting every record (warcinfo and requests too). */
  index: number;
  /** Byte offset of the record in the (decompressed) archive. */
  offset: number;
  /** The header block as read, version line to the blank line, to hand to a record parser. */
  header: Buffer;
  /** Header names in lower case. */
  fields: ReadonlyMap<string, string>;
  /** The declared Content-Length. */
  length: number;
  /** The content block, when `wants` asked for it; undefined when it was skipped unread. */
  block?: Buffer;
}

/** A record that cannot be framed: the archive cannot be trusted past it, so reading stops there. */
export class WarcFrameError extends Error {
  constructor(
    readonly index: number,
    readonly detail: string,
  ) {
    super(`record ${index}: ${detail}`);
    this.name = 'WarcFrameError';
  }
}

/** A header block longer than this is not a WARC header (real ones are well under 4 KB). */
export const MAX_HEADER_BYTES = 64 * 1024;
const VERSION_LINE = /^WARC\/\d+\.\d+$/;
/** Content-Length: digits only, at most 15 of them (below 2^53, so exact as a number). */
const LENGTH = /^\d{1,15}$/;
const CR = 13;
const LF = 10;

/**
 * Just past the end of a header block, or -1: a line break followed by an empty line (CRLF as the standard
 * says, or LF). Visits each line break once, so the cost is the header's length, not the buffer's.
 */
export function headerEnd(held: Buffer): number {
  for (let at = held.indexOf(LF); at >= 0; at = held.indexOf(LF, at + 1)) {
    if (held[at + 1] === LF) return at + 2;
    if (held[at + 1] === CR && held[at + 2] === LF) return at + 3;
  }
  return -1;
}

/**
 * The records of an uncompressed WARC stream, framed by their own Content-Length, which is checked: the
 * version line, every header line and the length must be well formed, and a block that runs past the end
 * of the stream is reported as truncated with how many bytes are missing. Any framing error throws a
 * `WarcFrameError` naming the record, after every whole record before it was yielded. `wants` decides,
 * from the header, whether a record's block is read (else it is skipped without being held in memory).
 */
export async function* warcFrames(
  reader: ByteReader,
  wants: (fields: ReadonlyMap<string, string>, length: number) => boolean,
): AsyncGenerator<WarcFrame> {
  for (let index = 1; ; index++) {
    await skipLineBreaks(reader);
    if (await reader.atEnd()) return;
    const offset = reader.offset;
    const header = await reader.readThrough(headerEnd, MAX_HEADER_BYTES);
    if (!header) {
      const why = (await reader.atEnd()) ? 'the header ends before its blank line' : 'no blank line';
      throw new WarcFrameError(
        index,
        `bad WARC header at byte ${offset}: ${why} within ${MAX_HEADER_BYTES} bytes`,
      );
    }
    const fields = parseHeader(header, index, offset);
    const length = Number(fields.get('content-length'));
    const frame: WarcFrame = { index, offset, header, fields, length };
    if (wants(fields, length)) {
      const block = await reader.read(length);
      if (block.length < length) throw truncated(index, length - block.length);
      yield { ...frame, block };
    } else {
      const skipped = await reader.skip(length);
      if (skipped < length) throw truncated(index, length - skipped);
      yield frame;
    }
  }
}

function truncated(index: number, missing: number): WarcFrameError {
  return new WarcFrameError(index, `truncated: ${missing} bytes of the record are missing`);
}

/** The header's fields; throws naming what is wrong with the version line, a field or the length. */
function parseHeader(header: Buffer, index: number, offset: number): Map<string, string> {
  const lines = header.toString('latin1').split(/\r?\n/);
  const version = lines[0] ?? '';
  if (!VERSION_LINE.test(version))
    throw new WarcFrameError(
      index,
      `no WARC version line at byte ${offset} (found ${JSON.stringify(version.slice(0, 40))})` +
        (index > 1 ? '; the record before may have a wrong Content-Length' : ''),
    );
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    if (/^[ \t]/.test(line) && last) {
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new WarcFrameError(index, `bad header line ${JSON.stringify(line.slice(0, 40))}`);
    last = line.slice(0, colon).trim().toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  const length = fields.get('content-length');
  if (length === undefined) throw new WarcFrameError(index, 'no Content-Length');
  if (!LENGTH.test(length))
    throw new WarcFrameError(index, `bad Content-Length ${JSON.stringify(length.slice(0, 40))}`);
  return fields;
}

/** The CRLF CRLF after a block (and any stray line breaks between records). */
async function skipLineBreaks(reader: ByteReader): Promise<void> {
  for (let byte = await reader.peekByte(); byte === CR || byte === LF; byte = await reader.peekByte())
    await reader.skip(1);
}
