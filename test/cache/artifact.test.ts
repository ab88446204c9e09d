import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { artifactKey, cachedArtifact, type ArtifactSpec } from '../../src/cache/artifact.js';
import { cacheDir } from '../../src/cache/dir.js';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-artifact-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** An artifact that concatenates its sources, counting how often it is built. */
function concatenation(sources: string[], format = 1): ArtifactSpec & { builds: number } {
  const spec = {
    name: 'concat',
    format,
    sources,
    builds: 0,
    build: () => {
      spec.builds++;
      return Buffer.from(sources.map((s) => readFileOrNothing(s)).join('|'));
    },
  };
  return spec;
}

function readFileOrNothing(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

describe('cached artifacts', () => {
  it('builds once, then reads the cached copy while the sources are unchanged', () => {
    const dir = mkdtempSync(join(root, 'a-'));
    const a = join(dir, 'a.tsv');
    writeFileSync(a, 'one');
    const cache = join(dir, 'cache');
    const spec = concatenation([a]);
    assert.equal(cachedArtifact(spec, cache).toString(), 'one');
    assert.equal(cachedArtifact(spec, cache).toString(), 'one');
    assert.equal(spec.builds, 1);
    assert.equal(readdirSync(cache).length, 1);
  });

  it('rebuilds when a source changes, appears, or the format changes', () => {
    const dir = mkdtempSync(join(root, 'b-'));
    const a = join(dir, 'a.tsv');
    const b = join(dir, 'b.tsv');
    writeFileSync(a, 'one');
    const cache = join(dir, 'cache');
    const spec = concatenation([a, b]);
    assert.equal(cachedArtifact(spec, cache).toString(), 'one|');
    writeFileSync(a, 'two'); // same length: the content, not the size, keys a file of ours
    assert.equal(cachedArtifact(spec, cache).toString(), 'two|');
    writeFileSync(b, 'new');
    assert.equal(cachedArtifact(spec, cache).toString(), 'two|new');
    assert.equal(spec.builds, 3);
    writeFileSync(a, 'one'); // back to an earlier state: its copy is still there
    writeFileSync(b, '');
    assert.equal(cachedArtifact(spec, cache).toString(), 'one|');
    const reformatted = concatenation([a, b], 2);
    assert.equal(cachedArtifact(reformatted, cache).toString(), 'one|');
    assert.equal(reformatted.builds, 1);
    assert.notEqual(artifactKey(spec), artifactKey(reformatted));
  });

  it('rebuilds a cached copy that is not valid, and builds every time without a cache', () => {
    const dir = mkdtempSync(join(root, 'c-'));
    const a = join(dir, 'a.tsv');
    writeFileSync(a, 'one');
    const cache = join(dir, 'cache');
    const spec = { ...concatenation([a]), valid: (bytes: Buffer) => bytes.toString() === 'one' };
    let builds = 0;
    const counted = { ...spec, build: () => (builds++, Buffer.from('one')) };
    cachedArtifact(counted, cache);
    const [file] = readdirSync(cache);
    writeFileSync(join(cache, file!), 'on'); // cut short
    assert.equal(cachedArtifact(counted, cache).toString(), 'one');
    assert.equal(builds, 2);
    cachedArtifact(counted, null);
    cachedArtifact(counted, null);
    assert.equal(builds, 4);
  });

  it('keeps a few copies, not one per change', () => {
    const dir = mkdtempSync(join(root, 'd-'));
    const a = join(dir, 'a.tsv');
    const cache = join(dir, 'cache');
    for (let i = 0; i < 8; i++) {
      writeFileSync(a, `version ${i}`);
      cachedArtifact(concatenation([a]), cache);
    }
    assert.ok(readdirSync(cache).length <= 4, readdirSync(cache).join());
  });

  it('lives where NEWSGRAPH_CACHE_DIR or XDG_CACHE_HOME says, or nowhere when turned off', () => {
    assert.equal(cacheDir({ NEWSGRAPH_CACHE_DIR: '/x/y' }), '/x/y');
    assert.equal(cacheDir({ NEWSGRAPH_CACHE_DIR: 'off' }), undefined);
    assert.equal(cacheDir({ XDG_CACHE_HOME: '/c' }), '/c/newsgraph');
  });
});
