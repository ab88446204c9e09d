/**
 * The gazetteer as processes load it: from its cached file (gazetteer-file.ts) when one was built from the
 * same sources, else built from the packages and tables and cached for the next process. The key covers
 * the packages' data, `data/geo/`, and the code that builds the index (this folder and `src/util/`), so a
 * changed table or rule gives a rebuild, never a stale gazetteer.
 */
import { join } from 'node:path';
import { cachedArtifact, type ArtifactSpec } from '../cache/artifact.js';
import { codeFilesBeside, filesIn } from '../cache/code-files.js';
import { dataFile } from '../util/paths.js';
import { encodeGazetteer } from './gazetteer-file.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { PackedGazetteer, readHeader } from './packed-gazetteer.js';
import { rawSourceFiles } from './sources/packages.js';
import type { Gazetteer } from './types.js';

/** Bump when gazetteer-file.ts or packed-gazetteer.ts write or read differently. */
const FORMAT = 1;

/**
 * The gazetteer from the cache, or built with `build` (and cached). `dir`: the cache directory (default:
 * `cacheDir()`), null for none.
 */
export function loadCachedGazetteer(build: () => GazetteerIndex, dir?: string | null): Gazetteer {
  const spec: ArtifactSpec = {
    name: 'gazetteer',
    format: FORMAT,
    sources: gazetteerSources(),
    build: () => encodeGazetteer(build().contents()),
    valid: (bytes) => readHeader(bytes) !== undefined,
  };
  return new PackedGazetteer(dir === undefined ? cachedArtifact(spec) : cachedArtifact(spec, dir));
}

/** Every file the built gazetteer depends on (see code-files.ts for the bundled CLI). */
export function gazetteerSources(): string[] {
  return [
    ...rawSourceFiles(),
    ...filesIn(dataFile('geo'), '.tsv'),
    ...codeFilesBeside(import.meta.url, ['.', 'sources', join('..', 'util')]),
  ];
}
