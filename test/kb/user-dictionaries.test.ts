/** Users' own PETRARCH dictionaries, loaded through the same reader, on top of ours or instead of them. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { codeEvents } from '../../src/events/index.js';
import { contextWithDictionaries, linkKnowledge, useEventDictionaries } from '../../src/kb/index.js';
import { MAX_DICTIONARY_CONTEXTS } from '../../src/kb/load.js';
import { makeDoc } from '../events/make-doc.js';

const dir = mkdtempSync(join(tmpdir(), 'dicts-'));
writeFileSync(
  join(dir, 'Mine.actors.txt'),
  '# my actors\nAMINA_OKAFOR_  # local mayor\n+MAYOR_AMINA_OKAFOR\n\t[NGAGOV 230529-270529]\n\t[NGAELI]\n',
);
writeFileSync(join(dir, 'Mine.agents.txt'), 'VIGILANTE [~UAF]\n');

const spec = {
  text: 'Amina Okafor accused Vladimir Putin of lying.',
  published: '2024-03-01',
  entities: {
    okafor: { type: 'PERSON' as const, names: ['Amina Okafor'] },
    putin: { type: 'PERSON' as const, names: ['Vladimir Putin'] },
  },
};

describe('--event-dictionaries', () => {
  it('adds the user actors to the shipped ones', () => {
    const ctx = createContext();
    useEventDictionaries(ctx, { dir });
    const doc = codeEvents(linkKnowledge(makeDoc(spec), ctx), ctx);
    const okafor = doc.entities.find((e) => e.name === 'Amina Okafor');
    assert.deepEqual(okafor?.kb, { id: 'AMINA_OKAFOR', name: 'Amina Okafor', roles: ['NGAGOV'] });
    assert.equal(doc.entities.find((e) => e.name === 'Vladimir Putin')?.kb?.id, 'VLADIMIR_PUTIN');
    assert.equal(doc.events[0]?.sourceActor?.code, 'NGAGOV');
  });

  it('replaces them when asked, and reuses one context per set', () => {
    const ctx = contextWithDictionaries({ dir, mode: 'replace' });
    assert.equal(contextWithDictionaries({ dir, mode: 'replace' }), ctx);
    const doc = linkKnowledge(makeDoc(spec), ctx);
    assert.equal(doc.entities.find((e) => e.name === 'Amina Okafor')?.kb?.id, 'AMINA_OKAFOR');
    assert.equal(doc.entities.find((e) => e.name === 'Vladimir Putin')?.kb, undefined);
  });

  it('keeps only the contexts of the sets used last (a server sent many sets stays bounded)', () => {
    const set = (i: number) => ({
      inline: { kbRows: `id\ttype\tname\taliases\tcodes\nX${i}\tPERSON\tX${i}\t\t\n` },
    });
    const first = contextWithDictionaries(set(0));
    for (let i = 1; i < MAX_DICTIONARY_CONTEXTS; i++) contextWithDictionaries(set(i));
    assert.equal(contextWithDictionaries(set(0)), first, 'still among the last used');
    for (let i = 1; i <= MAX_DICTIONARY_CONTEXTS; i++) contextWithDictionaries(set(100 + i));
    assert.notEqual(contextWithDictionaries(set(0)), first, 'the oldest set was let go');
  });

  it('takes dictionaries as text too (POST /api/analyze)', () => {
    const ctx = contextWithDictionaries({
      inline: { kbRows: 'id\ttype\tname\taliases\tcodes\nOKAFOR\tPERSON\tAmina Okafor\t\tNGAELI\n' },
    });
    const doc = linkKnowledge(makeDoc(spec), ctx);
    assert.equal(doc.entities.find((e) => e.name === 'Amina Okafor')?.kb?.id, 'OKAFOR');
  });
});
