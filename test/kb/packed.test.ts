import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCachedNameIndex } from '../../src/kb/kb-cache.js';
import { shippedNameIndex } from '../../src/kb/load.js';
import { encodeNameIndex, isNameIndexFile, PackedNameIndex } from '../../src/kb/packed.js';
import type { KbEntry } from '../../src/kb/rows.js';

const plain = (entries: readonly KbEntry[] | undefined) =>
  entries?.map((e) => ({ id: e.id, type: e.type, name: e.name, names: e.names, codes: e.codes }));

test('the packed index answers every shipped name with the same entries, in the same order', () => {
  const byName = shippedNameIndex();
  const packed = new PackedNameIndex(Buffer.from(encodeNameIndex(byName)));
  assert.ok(byName.size > 30_000, String(byName.size));
  for (const [name, entries] of byName) assert.deepEqual(plain(packed.get(name)), plain(entries), name);
  for (const absent of ['', 'zzzz', 'donald trum', 'donald trumpx', ' ', '\uffff'])
    assert.equal(packed.get(absent), undefined, absent);
  // The same object for the same identity, whichever name finds it.
  const trump = byName.get('donald trump')!;
  assert.ok(trump.length > 0);
  const viaAlias = trump[0]!.names.find((n) => n !== 'donald trump')!;
  assert.ok(packed.get(viaAlias)!.includes(packed.get('donald trump')![0]!));
});

test('a packed index of non-ASCII names, dated codes and a replaced entry', () => {
  const entry = (id: string, names: string[], codes: KbEntry['codes']): KbEntry => ({
    id,
    type: 'PERSON',
    name: names[0]!,
    names,
    codes,
  });
  const pena = entry(
    'PENA',
    ['enrique pena nieto', 'peña', 'øster'],
    [{ code: 'MEXGOV', from: '2012-12-01' }],
  );
  const other = entry('B', ['b', 'øster'], [{ code: 'USA' }, { code: 'USAGOV', to: '2020-01-01' }]);
  const byName = new Map([
    ['enrique pena nieto', [pena]],
    ['peña', [pena]],
    ['øster', [other, pena]],
    ['b', [other]],
  ]);
  const packed = new PackedNameIndex(Buffer.from(encodeNameIndex(byName)));
  for (const [name, entries] of byName) assert.deepEqual(plain(packed.get(name)), plain(entries), name);
  assert.equal(packed.get('pena'), undefined);
});

test('a cut or foreign file is not an index; the cache builds once and reads the file after', () => {
  const bytes = Buffer.from(encodeNameIndex(new Map([['a', []]])));
  assert.ok(isNameIndexFile(bytes));
  assert.ok(!isNameIndexFile(bytes.subarray(0, 12)));
  assert.ok(!isNameIndexFile(Buffer.from('not an index at all')));
  const dir = mkdtempSync(join(tmpdir(), 'kb-cache-'));
  try {
    let builds = 0;
    const build = () => (builds++, new Map([['x', []]]));
    assert.deepEqual(loadCachedNameIndex(build, dir).get('x'), []);
    assert.deepEqual(loadCachedNameIndex(build, dir).get('x'), []);
    assert.equal(builds, 1);
    assert.equal(readdirSync(dir).filter((f) => f.startsWith('kb-names-')).length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
