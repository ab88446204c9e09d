/**
 * Must-link and must-not-link cases for the KB, on the shipped tables (Phoenix rows + additions). Entities
 * are built as the nlp stage leaves them, in the sentence shapes real articles give.
 */
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { newDoc } from '../../src/doc/create.js';
import type { Doc, Entity, Place } from '../../src/doc/types.js';
import { buildKnowledgeBase } from '../../src/kb/load.js';
import { linkEntities } from '../../src/kb/link.js';

const shipped = buildKnowledgeBase({});

function docWith(published: string, entities: Entity[], places: Place[] = []): Doc {
  const doc = newDoc({ id: 'd', source: { kind: 'text' }, meta: { published }, raw: 'x' });
  return { ...doc, entities, places };
}
const person = (
  id: string,
  name: string,
  aliases: string[] = [],
  attributes?: Entity['attributes'],
): Entity => ({
  id,
  name,
  type: 'PERSON',
  aliases,
  ...(attributes ? { attributes } : {}),
});
const linked = (doc: Doc, kb = shipped): Map<string, Entity['kb']> =>
  new Map(linkEntities(doc, kb).map((e) => [e.name, e.kb]));

describe('KB linking: must link', () => {
  it('links a name with a middle initial to the person of that name before the one without it', () => {
    // "Mexico's leaders remember how George W. Bush …" beside "Republicans like Richard M. Nixon and George Bush"
    const got = linked(docWith('2016-09-28', [person('e1', 'George W. Bush'), person('e2', 'George Bush')]));
    assert.equal(got.get('George W. Bush')?.id, 'GEORGE_W._BUSH');
    assert.equal(got.get('George Bush')?.id, 'GEORGE_BUSH');
  });

  it('links the seed leaders with their roles at the publication date', () => {
    const got = linked(
      docWith('2025-08-14', [
        person('e1', 'Vladimir Putin'),
        person('e2', 'Donald Trump', ['the US president']),
        person('e3', 'Volodymyr Zelensky'),
        person('e4', 'Joe Biden'),
      ]),
    );
    assert.deepEqual(got.get('Vladimir Putin'), {
      id: 'VLADIMIR_PUTIN',
      name: 'Vladimir Putin',
      roles: ['RUSGOV'],
    });
    assert.deepEqual(got.get('Donald Trump')?.roles, ['USAGOV']);
    assert.deepEqual(got.get('Volodymyr Zelensky')?.roles, ['UKRGOV']);
    assert.equal(got.get('Joe Biden')?.id, 'JOE_BIDEN');
  });

  it('gives Hillary Clinton USAGOV in 2011 and not in 2016', () => {
    assert.deepEqual(
      linked(docWith('2011-03-01', [person('e1', 'Hillary Clinton')])).get('Hillary Clinton')?.roles,
      ['USAGOV'],
    );
    assert.deepEqual(
      linked(docWith('2016-09-12', [person('e1', 'Hillary Clinton')])).get('Hillary Clinton')?.roles,
      ['USAELI'],
    );
  });

  it('links a person the dictionaries list twice, and a name given with a middle initial', () => {
    const got = linked(docWith('2016-09-08', [person('e1', 'Xi Jinping'), person('e2', 'John D. Podesta')]));
    assert.equal(got.get('Xi Jinping')?.id, 'XI_JINPING');
    assert.equal(got.get('John D. Podesta')?.id, 'JOHN_PODESTA');
  });

  it('links a bare surname through the one full-name entity that carries it', () => {
    const got = linked(docWith('2016-09-12', [person('e1', 'Hillary Clinton'), person('e2', 'Clinton')]));
    assert.equal(got.get('Clinton')?.id, 'HILLARY_CLINTON');
  });

  it('links organisations and countries (through their geocoded place)', () => {
    const nato: Entity = { id: 'e1', name: 'NATO', type: 'ORG', aliases: [] };
    const russia: Entity = { id: 'e2', name: 'Russia', type: 'GPE', aliases: [] };
    const place: Place = {
      start: 0,
      end: 6,
      text: 'Russia',
      name: 'Russia',
      lat: 60,
      lon: 100,
      country: 'RU',
      featureClass: 'A.PCLI',
      confidence: 0.9,
      source: 'test',
      entity: 'e2',
      sentence: 0,
      rule: 'test',
    };
    const got = linked(docWith('2025-08-14', [nato, russia], [place]));
    assert.equal(got.get('NATO')?.id, 'NATO');
    assert.deepEqual(got.get('Russia'), { id: 'country:RU', name: 'Russia', roles: ['RUS'] });
  });
});

describe('KB linking: must not link', () => {
  it('leaves a bare surname unlinked when two full names share it (Bill and Hillary)', () => {
    const got = linked(
      docWith('2016-09-12', [
        person('e1', 'Hillary Clinton'),
        person('e2', 'Bill Clinton'),
        person('e3', 'Clinton'),
      ]),
    );
    assert.equal(got.get('Bill Clinton')?.id, 'BILL_CLINTON');
    assert.equal(got.get('Hillary Clinton')?.id, 'HILLARY_CLINTON');
    assert.equal(got.get('Clinton'), undefined);
  });

  it('does not follow a wrongly merged alias to another identity', () => {
    const machado = person('e1', 'Alicia Machado', ['Hillary Clinton', 'Miss Universe Alicia Machado']);
    assert.equal(linked(docWith('2016-09-30', [machado])).get('Alicia Machado'), undefined);
  });

  it('never links a bare surname on its own, nor a relative with another given name', () => {
    const got = linked(
      docWith('2014-12-01', [
        person('e1', 'Putin'),
        person('e2', 'Chelsea Clinton'),
        person('e3', 'Erica Garner'),
      ]),
    );
    assert.equal(got.get('Putin'), undefined);
    assert.equal(got.get('Chelsea Clinton'), undefined);
    assert.equal(got.get('Erica Garner'), undefined);
  });

  it('does not link an organisation named after a person, nor a person to an organisation', () => {
    const foundation: Entity = { id: 'e1', name: 'Clinton Foundation', type: 'ORG', aliases: [] };
    const got = linked(docWith('2016-09-12', [foundation, person('e2', 'White House')]));
    assert.equal(got.get('Clinton Foundation'), undefined);
    assert.equal(got.get('White House'), undefined);
  });

  it('leaves a town unlinked: only countries link through places', () => {
    const anchorage: Entity = { id: 'e1', name: 'Anchorage', type: 'GPE', aliases: [] };
    const place: Place = {
      start: 0,
      end: 9,
      text: 'Anchorage',
      name: 'Anchorage',
      lat: 61.2,
      lon: -149.9,
      country: 'US',
      featureClass: 'P.PPLA2',
      confidence: 0.9,
      source: 'test',
      entity: 'e1',
      sentence: 0,
      rule: 'test',
    };
    assert.equal(linked(docWith('2025-08-14', [anchorage], [place])).get('Anchorage'), undefined);
  });
});

describe('KB: user rows', () => {
  it('adds a user TSV on top of the shipped rows, and replaces them when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const file = join(dir, 'mine.tsv');
    writeFileSync(
      file,
      'id\ttype\tname\taliases\tcodes\nJANE_DOE_MAYOR\tPERSON\tJane Doe\tmayor jane doe\tUSAGOV 2020-01-01..; USAELI\n',
    );
    const added = buildKnowledgeBase({ kbRows: file });
    const got = linked(
      docWith('2024-01-01', [person('e1', 'Jane Doe'), person('e2', 'Vladimir Putin')]),
      added,
    );
    assert.deepEqual(got.get('Jane Doe'), { id: 'JANE_DOE_MAYOR', name: 'Jane Doe', roles: ['USAGOV'] });
    assert.equal(got.get('Vladimir Putin')?.id, 'VLADIMIR_PUTIN');
    const only = buildKnowledgeBase({ kbRows: file, mode: 'replace' });
    const alone = linked(
      docWith('2024-01-01', [person('e1', 'Jane Doe'), person('e2', 'Vladimir Putin')]),
      only,
    );
    assert.equal(alone.get('Vladimir Putin'), undefined);
  });

  it('rejects a malformed row with the file and row in the message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, 'id\ttype\tname\taliases\tcodes\nX\tPERSON\tX\t\tUSAGOV 2020..\n');
    assert.throws(() => buildKnowledgeBase({ kbRows: file }), /bad\.tsv.*row 1/);
  });
});
