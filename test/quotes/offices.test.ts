/** The office table: every row names a KB identity, and a term covers its first day but not its successor's. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/doc/types.js';
import { dataFile } from '../../src/util/paths.js';
import { readTsv } from '../../src/util/tsv.js';
import { holdsOffice, loadOffices, namedOfficeHolder } from '../../src/quotes/offices.js';

const person = (id: string, kbId: string): Entity => ({
  id,
  name: id,
  type: 'PERSON',
  aliases: [],
  kb: { id: kbId, name: id, roles: [] },
});

describe('the office table', () => {
  const table = loadOffices();
  it('names only identities the knowledge base has', () => {
    const ids = new Set(
      ['actors.tsv', 'additions.tsv'].flatMap((f) => readTsv(dataFile('kb', f)).map((r) => r.id)),
    );
    const missing = [...table.keys()].filter((id) => !ids.has(id));
    assert.deepEqual(missing, []);
  });
  it('holds from the first day to the day before the successor took over', () => {
    const brown = person('e1', 'GORDON_BROWN');
    assert.equal(holdsOffice(table, brown, ['chancellor'], '1997-05-02'), true);
    assert.equal(holdsOffice(table, brown, ['chancellor'], '2007-06-27'), false);
    assert.equal(holdsOffice(table, brown, ['prime minister'], '2007-06-27'), true);
    assert.equal(holdsOffice(table, brown, ['chancellor'], undefined), false);
  });
  it('gives the office to the one holder named, none for two or none', () => {
    const blair = person('e1', 'TONY_BLAIR');
    const brown = person('e2', 'GORDON_BROWN');
    const namesake = person('e3', 'DENNIS_C._BLAIR');
    assert.equal(namedOfficeHolder([blair, brown, namesake], ['prime minister'], table, '2005-01-15'), 'e1');
    assert.equal(namedOfficeHolder([namesake, brown], ['prime minister'], table, '2005-01-15'), undefined);
  });
});
