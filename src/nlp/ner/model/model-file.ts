/**
 * The model file: gzip of `MAGIC`, a little-endian uint32 header length, a JSON header (labels, feature
 * strings in row order, gazetteer lists, provenance), zero padding to a 4-byte boundary, then the weights as
 * little-endian float32, one row of `labels.length` per feature. Gzip of fixed bytes is itself fixed, so
 * the same training run gives the same file byte for byte.
 */
import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { GazetteerLists } from './gazetteer.js';
import type { WordClusterTable } from './word-clusters.js';

const MAGIC = 'NGNER1\n';

export interface ModelHeader {
  labels: readonly string[];
  features: readonly string[];
  gazetteer: GazetteerLists;
  /** Word cluster table (word-clusters.ts); absent in models trained without clusters. */
  clusters?: WordClusterTable;
  /** How the model was made: data, epochs, seed… (informative only). */
  provenance: Record<string, string | number>;
}

export interface ModelContents {
  header: ModelHeader;
  weights: Float32Array;
}

export function encodeModel({ header, weights }: ModelContents): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.from(MAGIC, 'utf8');
  const headerEnd = prefix.length + 4 + json.length;
  const padding = (4 - (headerEnd % 4)) % 4;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const body = Buffer.alloc(weights.length * 4);
  weights.forEach((v, i) => body.writeFloatLE(v, i * 4));
  return gzipSync(Buffer.concat([prefix, length, json, Buffer.alloc(padding), body]), { level: 9 });
}

export function decodeModel(file: Buffer, path: string): ModelContents {
  return decodeRawModel(gunzipSync(file), path);
}

/** `decodeModel` of the file's gunzipped bytes. */
export function decodeRawModel(raw: Buffer, path: string): ModelContents {
  const prefix = raw.subarray(0, MAGIC.length).toString('utf8');
  if (prefix !== MAGIC) throw new Error(`newsgraph: ${path} is not a newsgraph NER model (bad magic)`);
  const jsonLength = raw.readUInt32LE(MAGIC.length);
  const jsonStart = MAGIC.length + 4;
  const header = JSON.parse(raw.subarray(jsonStart, jsonStart + jsonLength).toString('utf8')) as ModelHeader;
  const headerEnd = jsonStart + jsonLength;
  const weightsStart = headerEnd + ((4 - (headerEnd % 4)) % 4);
  const count = (raw.length - weightsStart) / 4;
  if (count !== header.features.length * header.labels.length)
    throw new Error(
      `newsgraph: ${path} is truncated (${count} weights for ${header.features.length} features)`,
    );
  return { header, weights: littleEndianFloats(raw, weightsStart, count) };
}

/** `count` little-endian float32 from `start`: one copy on a little-endian machine, else value by value. */
function littleEndianFloats(raw: Buffer, start: number, count: number): Float32Array {
  const from = raw.byteOffset + start;
  if (endianness() === 'LE') return new Float32Array(raw.buffer.slice(from, from + count * 4));
  const weights = new Float32Array(count);
  const view = new DataView(raw.buffer, from, count * 4);
  for (let i = 0; i < count; i++) weights[i] = view.getFloat32(i * 4, true);
  return weights;
}
