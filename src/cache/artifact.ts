/**
 * Derived files built once and reused by every later process: a gazetteer index, a decoded model. Each is
 * stored under the cache directory with a name that carries a hash of everything it is built from, so a
 * changed source (a data file, the code that builds it, another version of an npm package) gives a new
 * name and a rebuild, never a stale answer. Nothing is downloaded; a cache that cannot be written (a
 * read-only home, NEWSGRAPH_CACHE_DIR=off) only means building in memory at every start, as before.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './dir.js';
import { sourceStamp } from './stamp.js';

/** Copies of one artifact kept side by side (built from different sources or code). */
const KEPT_COPIES = 4;
/** A temporary file older than this was left by a process that died while writing it. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

export interface ArtifactSpec {
  /** File name prefix, e.g. `gazetteer`. */
  name: string;
  /** Bumped when the file format changes (the code that reads it is not among `sources`). */
  format: number;
  /** Every file the artifact is built from: data, packages' data, and the code that builds it. */
  sources: readonly string[];
  /** Builds the artifact's bytes (called only when no valid cached copy exists). */
  build: () => Uint8Array;
  /** False for bytes that cannot be used (a truncated or foreign file): they are rebuilt. */
  valid?: (bytes: Buffer) => boolean;
}

/**
 * The artifact's bytes: the cached copy when its sources are unchanged, else built (and cached). `dir`:
 * the cache directory (default: `cacheDir()`), null for none.
 */
export function cachedArtifact(spec: ArtifactSpec, dir: string | null = cacheDir() ?? null): Buffer {
  if (dir === null) return toBuffer(spec.build());
  const file = join(dir, `${spec.name}-${artifactKey(spec)}.bin`);
  const cached = readIfPresent(file);
  if (cached && (spec.valid?.(cached) ?? true)) return cached;
  const built = toBuffer(spec.build());
  store(dir, file, spec.name, built);
  return built;
}

/** Hash of the format and every source's stamp: the part of the file name that changes with the sources. */
export function artifactKey(spec: Pick<ArtifactSpec, 'name' | 'format' | 'sources'>): string {
  const hash = createHash('sha256').update(`${spec.name}\0${spec.format}\0`);
  for (const source of [...spec.sources].sort()) hash.update(sourceStamp(source)).update('\0');
  return hash.digest('hex').slice(0, 24);
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // absent, or removed by another process that wrote a newer copy
  }
}

/**
 * Writes under a temporary name and renames, so a process reading the cache sees a whole file or none
 * (two processes building at once each write their own copy; the last rename wins, both are equal).
 */
function store(dir: string, file: string, name: string, bytes: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    prune(dir, name);
  } catch {
    // An unwritable cache costs a rebuild at the next start, nothing else.
  }
}

/**
 * Keeps the newest few copies of an artifact: the compiled CLI and the TypeScript run from `src/` (tests)
 * build from different code files, so each has its own copy, and neither should evict the other. Temporary
 * files of a process that died while writing go too.
 */
function prune(dir: string, name: string): void {
  const copies = readdirSync(dir)
    .filter((file) => file.startsWith(`${name}-`))
    .map((file) => ({ path: join(dir, file), mtime: statSync(join(dir, file)).mtimeMs }));
  const stale = Date.now() - STALE_TEMPORARY_MS;
  for (const copy of copies.filter((c) => c.path.endsWith('.tmp') && c.mtime < stale))
    rmSync(copy.path, { force: true });
  const kept = copies.filter((c) => c.path.endsWith('.bin')).sort((a, b) => b.mtime - a.mtime);
  for (const copy of kept.slice(KEPT_COPIES)) rmSync(copy.path, { force: true });
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
