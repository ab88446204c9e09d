import { BYTE_KINDS } from './byte-kinds.js';
import { CONTAINER_KINDS } from './container-kinds.js';
import { createRng, type Rng } from './rng.js';
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
  /** Largest ordinary size, in bytes (ordinary cases: 64 bytes to this, spread over orders of magnitude). */
  maxBytes: number;
  /** Every n-th case is medium: between `maxBytes` and `midBytes` (0: none). */
  midEvery: number;
  midBytes: number;
  /** Every n-th case is large: between `largeMinBytes` and `largeBytes` (0: none); wins over medium. */
  largeEvery: number;
  largeMinBytes: number;
  largeBytes: number;
}

/**
 * The size of case `index`: which tier it falls in is fixed by its index, so a run of N cases has a known
 * number of medium and large ones (`sizeTiers`); within a tier the size is drawn from the case's generator.
 */
function caseSize(index: number, rng: Rng, options: CaseOptions): number {
  const every = (n: number): boolean => n > 0 && index % n === n - 1;
  if (every(options.largeEvery)) return rng.logSize(options.largeMinBytes, options.largeBytes);
  if (every(options.midEvery)) return rng.logSize(options.maxBytes, options.midBytes);
  return rng.logSize(64, options.maxBytes);
}

/** How many of the first `cases` cases are ordinary, medium and large. */
export function sizeTiers(
  cases: number,
  options: CaseOptions,
): { ordinary: number; mid: number; large: number } {
  const count = (n: number): number => (n > 0 ? Math.floor(cases / n) : 0);
  const large = count(options.largeEvery);
  const both =
    options.largeEvery > 0 && options.midEvery > 0 ? count(lcm(options.largeEvery, options.midEvery)) : 0;
  const mid = count(options.midEvery) - both;
  return { ordinary: cases - large - mid, mid, large };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

const HTML_KINDS: ReadonlySet<string> = new Set(['nested-tags', 'huge-attribute']);
const KINDS = [...Object.keys(TEXT_KINDS), ...Object.keys(BYTE_KINDS), ...Object.keys(CONTAINER_KINDS)];
export const KIND_COUNT = KINDS.length;

/**
 * Case `index` of a run: the kinds take turns, so any run of KIND_COUNT cases has each once (and, with a
 * tier's `every` coprime to KIND_COUNT, that tier's cases go round every kind too).
 */
export function makeCase(index: number, options: CaseOptions): FuzzCase {
  const rng = createRng(options.seed * 1_000_003 + index);
  const kind = KINDS[index % KINDS.length]!;
  const size = caseSize(index, rng, options);
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
