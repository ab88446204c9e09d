import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { entryFromRow } from '../../src/kb/rows.js';
import { trustedRows } from '../../src/kb/shipped.js';
import { dataFile } from '../../src/util/paths.js';
import { parseTsv } from '../../src/util/tsv.js';

/** Entries as plain values (codes read through the lazy getter), so two readings compare field by field. */
const plain = (entries: ReturnType<typeof trustedRows>) =>
  entries.map((e) => ({ id: e.id, type: e.type, name: e.name, names: e.names, codes: e.codes }));

test('the shipped table read straight gives the entries the row-by-row reading gives', () => {
  const text = readFileSync(dataFile('kb', 'actors.tsv'), 'utf8');
  const direct = trustedRows(text);
  const byRows = parseTsv(text).map((row) => entryFromRow(row, true));
  assert.ok(direct.length > 20_000);
  assert.deepEqual(plain(direct), plain(byRows));
});

test('trusted rows: comments, blank lines, CRLF, reordered and missing columns, untrimmed cells', () => {
  const text =
    '# note\r\nname\tid\ttype\taliases\r\n\r\n Jeh Johnson \tJEH_JOHNSON\tPERSON\tjeh c. johnson\r\n';
  const [entry, ...rest] = trustedRows(text);
  assert.equal(rest.length, 0);
  assert.deepEqual(plain([entry!]), [
    {
      id: 'JEH_JOHNSON',
      type: 'PERSON',
      name: 'Jeh Johnson',
      names: ['jeh johnson', 'jeh c. johnson'],
      codes: [],
    },
  ]);
  assert.deepEqual(plain([entry!]), plain(parseTsv(text).map((row) => entryFromRow(row, true))));
});
