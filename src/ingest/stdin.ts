import { decodeInputBytes } from './bytes.js';
import { toReadInput, tooLarge } from './file.js';
import { DEFAULT_MAX_BYTES, type ReadInput, type ReadOptions } from './types.js';

/** The argument that means stdin (`newsgraph analyze -`). */
export const STDIN_ARG = '-';
/** What stdin is called in messages and in `ReadInput.path`. */
export const STDIN_NAME = 'stdin';

/** Reads all of a stream (stdin by default) with the same checks as a file; stops early when it is too large. */
export async function readInputStream(
  stream: AsyncIterable<Uint8Array | string> = process.stdin,
  options: ReadOptions & { name?: string } = {},
): Promise<ReadInput> {
  const name = options.name ?? STDIN_NAME;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes) throw tooLarge(name, size, maxBytes);
    chunks.push(buffer);
  }
  return toReadInput(decodeInputBytes(name, Buffer.concat(chunks)));
}
