import { Readable, pipeline, type Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { NewsgraphError } from '../errors.js';
import { formatBytes } from './bytes.js';
import type { ByteChunks } from './streams.js';

/**
 * Limits on what a compressed input may inflate to. Prose and HTML compress 3–10×, a WARC with repeated
 * headers up to ~30×; a run of zeros compresses 1000×. The ratio stops a bomb early (a 1 MB file does not
 * get to make 200 MB), the absolute cap bounds the time any one input can take.
 */
export interface InflateCaps {
  /** Most bytes out per compressed byte in, counted over the stream so far. */
  maxRatio: number;
  /** Bytes out allowed whatever the ratio, so small files with headers are never refused. */
  allowance: number;
  /** Most bytes out in all. */
  maxBytes: number;
}

export const DEFAULT_MAX_INFLATE_RATIO = 100;
const ALLOWANCE = 1024 * 1024;
/** Streamed containers (WARC, JSONL) hold many articles: their cap is far above one article's. */
export const DEFAULT_MAX_INFLATED_BYTES = 8 * 1024 * 1024 * 1024;

export function inflateCaps(maxBytes = DEFAULT_MAX_INFLATED_BYTES): InflateCaps {
  return { maxRatio: DEFAULT_MAX_INFLATE_RATIO, allowance: ALLOWANCE, maxBytes };
}

/**
 * Decompresses `chunks` with `decoder` (gunzip by default), throwing INPUT_TOO_LARGE naming `name` as soon
 * as the output passes a cap; a corrupt or truncated stream throws zlib's error (`streamProblem` words it).
 * Output is yielded as it comes, so memory stays bounded by the consumer, not by the inflated size.
 */
export async function* inflateCapped(
  chunks: ByteChunks,
  name: string,
  caps: InflateCaps = inflateCaps(),
  decoder: Transform = createGunzip(),
): ByteChunks {
  let bytesIn = 0;
  let bytesOut = 0;
  async function* counted(): ByteChunks {
    for await (const chunk of chunks) {
      bytesIn += chunk.length;
      yield chunk;
    }
  }
  // pipeline destroys the decoder with the source's error, so the loop below sees it.
  pipeline(Readable.from(counted()), decoder, () => undefined);
  try {
    for await (const chunk of decoder as AsyncIterable<Buffer>) {
      bytesOut += chunk.length;
      const problem = capProblem(bytesIn, bytesOut, caps);
      if (problem) throw new NewsgraphError('INPUT_TOO_LARGE', name, problem);
      yield chunk;
    }
  } finally {
    decoder.destroy();
  }
}

function capProblem(bytesIn: number, bytesOut: number, caps: InflateCaps): string | undefined {
  if (bytesOut > caps.maxBytes)
    return `inflates to more than ${formatBytes(caps.maxBytes)}, the limit; decompression stopped`;
  if (bytesOut > caps.allowance && bytesOut > bytesIn * caps.maxRatio)
    return `${formatBytes(bytesIn)} compressed inflate to over ${formatBytes(bytesOut)}, more than ${caps.maxRatio}× (a compression bomb?); decompression stopped`;
  return undefined;
}
