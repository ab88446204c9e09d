/**
 * The shipped knowledge base's name index as processes load it: from its cached file (packed.ts) when one
 * was built from the same tables and code, else built from the tables and cached for the next process. The
 * key covers data/kb/ and the code that reads and indexes it (this folder and `src/util/`; in the bundled
 * CLI, the bundle's own files), so a changed row or rule gives a rebuild, never a stale index.
 */
import { join } from 'node:path';
import { cachedArtifact, type ArtifactSpec } from '../cache/artifact.js';
import { codeFilesBeside, filesIn } from '../cache/code-files.js';
import { dataFile } from '../util/paths.js';
import type { KbEntry } from './rows.js';
import { encodeNameIndex, isNameIndexFile, PackedNameIndex, type NameIndex } from './packed.js';

/** Bump when packed.ts writes or reads differently. */
const FORMAT = 1;

/**
 * The index from the cache, or built with `build` (and cached). `dir`: the cache directory (default:
 * `cacheDir()`), null for none.
 */
export function loadCachedNameIndex(
  build: () => ReadonlyMap<string, readonly KbEntry[]>,
  dir?: string | null,
): NameIndex {
  const spec: ArtifactSpec = {
    name: 'kb-names',
    format: FORMAT,
    sources: kbSources(),
    build: () => encodeNameIndex(build()),
    valid: isNameIndexFile,
  };
  return new PackedNameIndex(dir === undefined ? cachedArtifact(spec) : cachedArtifact(spec, dir));
}

/** Every file the shipped index depends on (see code-files.ts for the bundled CLI). */
export function kbSources(): string[] {
  return [...filesIn(dataFile('kb'), '.tsv'), ...codeFilesBeside(import.meta.url, ['.', join('..', 'util')])];
}
