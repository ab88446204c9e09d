import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildGazetteer } from '../../src/geo/gazetteer.js';
import { gazetteerSources, loadCachedGazetteer } from '../../src/geo/gazetteer-cache.js';
import { encodeGazetteer } from '../../src/geo/gazetteer-file.js';
import { PackedGazetteer } from '../../src/geo/packed-gazetteer.js';
import type { GazetteerEntry, IndexHit } from '../../src/geo/types.js';
import { dataFile } from '../../src/util/paths.js';

const { gazetteer: built } = buildGazetteer();
const contents = built.contents();
const packed = new PackedGazetteer(encodeGazetteer(contents));

const plain = (hits: readonly IndexHit[]): unknown[] =>
  hits.map((h) => ({ via: h.via, entry: { ...h.entry } as GazetteerEntry }));

describe('the gazetteer file', () => {
  it('answers every key as the index it was written from', () => {
    assert.equal(packed.size, built.size);
    let compared = 0;
    for (const key of contents.byKey.keys()) {
      assert.deepEqual(plain(packed.hits(key)), plain(built.hits(key)), key);
      compared++;
    }
    assert.equal(compared, contents.byKey.size);
    for (const text of contents.exact.keys())
      assert.deepEqual(plain(packed.exactHits(text)), plain(built.exactHits(text)), text);
    for (const [iso, entry] of contents.countries) assert.deepEqual({ ...packed.country(iso) }, { ...entry });
  });

  it('finds nothing where the index finds nothing, and folds names as it does', () => {
    for (const name of ['Xyzzyville', '', 'paris', 'São Paulo', 'SAO PAULO', 'Kyiv']) {
      assert.equal(packed.has(name), built.has(name), name);
      assert.equal(packed.lookup(name).length, built.lookup(name).length, name);
    }
    assert.equal(packed.exactHits('nowhere').length, 0);
    assert.equal(packed.country('ZZ'), undefined);
  });

  it('gives the same object for the same place every time (stages compare and cache by entry)', () => {
    const capital = packed.lookup('Kyiv').find((e) => e.featureClass === 'P.PPLC');
    assert.ok(capital);
    assert.equal(packed.lookup('Kiev')[0], capital); // an alias of the same entry
    assert.equal(
      packed.lookup('kyiv').find((e) => e.featureClass === 'P.PPLC'),
      capital,
    );
    assert.equal(packed.country('UA'), packed.country('ua'));
  });
});

describe('the cached gazetteer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-gazetteer-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is built once and then read from the cache directory', () => {
    let builds = 0;
    const build = () => (builds++, built);
    const first = loadCachedGazetteer(build, dir);
    const second = loadCachedGazetteer(build, dir);
    assert.equal(builds, 1);
    assert.equal(readdirSync(dir).length, 1);
    assert.deepEqual(plain(second.hits('london')), plain(first.hits('london')));
  });

  it('is keyed on the packages, every table in data/geo and the code that builds it', () => {
    const sources = gazetteerSources();
    for (const table of readdirSync(dataFile('geo')).filter((f) => f.endsWith('.tsv')))
      assert.ok(sources.includes(dataFile('geo', table)), table);
    for (const part of [
      'cities.pbf',
      'state.json',
      'US.txt',
      'gazetteer.',
      'gazetteer-index.',
      'normalise.',
      'tsv.',
    ])
      assert.ok(
        sources.some((s) => s.includes(part)),
        part,
      );
  });
});
