import { BYTE_KINDS } from './byte-kinds.js';
import { CONTAINER_KINDS } from './container-kinds.js';
import { createRng } from './rng.js';
import { TEXT_KINDS } from './text-kinds.js';

/** One generated input: where it goes (`analyze` in the worker child, or the `ingest` CLI) and its file. */
export interface FuzzCase {
  index: number;
  kind: string;
  target: 'analyze' | 'ingest';
  fileName: string;
  bytes: Buffer;
}

export interface CaseOptions {
  seed: number;
  /** Largest ordinary size, in bytes. */
  maxBytes: number;
  /** Every n-th case is large: between `maxBytes` and `largeBytes`. */
  largeEvery: number;
  largeBytes: number;
}

const HTML_KINDS: ReadonlySet<string> = new Set(['nested-tags', 'huge-attribute']);
const KINDS = [...Object.keys(TEXT_KINDS), ...Object.keys(BYTE_KINDS), ...Object.keys(CONTAINER_KINDS)];
export const KIND_COUNT = KINDS.length;

/** Case `index` of a run: the kinds take turns, so any run of KIND_COUNT cases has each once. */
export function makeCase(index: number, options: CaseOptions): FuzzCase {
  const rng = createRng(options.seed * 1_000_003 + index);
  const kind = KINDS[index % KINDS.length]!;
  const large = options.largeEvery > 0 && index % options.largeEvery === options.largeEvery - 1;
  const size = large ? rng.logSize(options.maxBytes, options.largeBytes) : rng.logSize(64, options.maxBytes);
  const name = `case-${String(index).padStart(5, '0')}-${kind}`;
  const text = TEXT_KINDS[kind];
  if (text) {
    const suffix = HTML_KINDS.has(kind) ? '.html' : '.txt';
    return {
      index,
      kind,
      target: 'analyze',
      fileName: name + suffix,
      bytes: Buffer.from(text(rng, size), 'utf8'),
    };
  }
  const bytes = BYTE_KINDS[kind];
  if (bytes) return { index, kind, target: 'analyze', fileName: `${name}.txt`, bytes: bytes(rng, size) };
  const container = CONTAINER_KINDS[kind]!(rng, size);
  return { index, kind, target: 'ingest', fileName: name + container.suffix, bytes: container.bytes };
}
