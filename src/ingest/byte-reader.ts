import type { ByteChunks } from './streams.js';

/**
 * Reads a byte stream in pieces of known length or up to a delimiter, for framing formats (WARC) whose
 * lengths come from the data itself. Every read either makes progress or reports the end of the stream,
 * so a reader built on it cannot spin on a length that runs past the end; and every search has a cap, so
 * a header that never ends cannot make it buffer the whole input.
 */
export class ByteReader {
  private readonly iterator: AsyncIterator<Buffer>;
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Bytes consumed so far: where the next read starts, for messages. */
  offset = 0;

  constructor(chunks: ByteChunks) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  /** Whether the stream has no byte left. */
  async atEnd(): Promise<boolean> {
    return (await this.fill(1)) === 0;
  }

  /** The next byte without consuming it, or undefined at the end. */
  async peekByte(): Promise<number | undefined> {
    return (await this.fill(1)) === 0 ? undefined : this.buffer[0];
  }

  /**
   * The bytes up to the end `find` reports (the index just past the match in what is held, or -1), or
   * undefined when the stream ends or `max` bytes pass without one (nothing is consumed then).
   */
  async readThrough(find: (held: Buffer) => number, max: number): Promise<Buffer | undefined> {
    for (;;) {
      const held = this.buffer.subarray(0, Math.min(this.buffer.length, max));
      const end = find(held);
      if (end >= 0) return this.take(end);
      const size = this.buffer.length;
      if (size >= max || (await this.fill(size + 1)) === size) return undefined;
    }
  }

  /** Exactly `length` bytes, or fewer when the stream ends first. */
  async read(length: number): Promise<Buffer> {
    await this.fill(length);
    return this.take(Math.min(length, this.buffer.length));
  }

  /** Discards up to `length` bytes without holding them; returns how many there were. */
  async skip(length: number): Promise<number> {
    let skipped = 0;
    while (skipped < length) {
      if ((await this.fill(1)) === 0) break;
      const n = Math.min(length - skipped, this.buffer.length);
      this.take(n);
      skipped += n;
    }
    return skipped;
  }

  /** Buffers until `wanted` bytes are held or the stream ends; returns how many are held. */
  private async fill(wanted: number): Promise<number> {
    const parts = [this.buffer];
    let held = this.buffer.length;
    while (held < wanted && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) this.ended = true;
      else if (next.value.length > 0) {
        parts.push(next.value);
        held += next.value.length;
      }
    }
    if (parts.length > 1) this.buffer = Buffer.concat(parts);
    return held;
  }

  private take(length: number): Buffer {
    const taken = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    this.offset += length;
    return taken;
  }
}
