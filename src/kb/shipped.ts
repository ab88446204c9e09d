/**
 * The shipped table (data/kb/actors.tsv, 27,000 rows written by scripts/convert-petrarch.ts) read straight
 * into entries: the same rows `parseTsv` + `entryFromRow(row, true)` give, without a header-keyed object per
 * row (building those was a quarter of a cold `analyze`'s KB load).
 */
import { trustedEntry, type KbEntry } from './rows.js';

const COLUMNS = ['id', 'type', 'name', 'aliases', 'codes'] as const;

/** Rows of a trusted KB table (blank and `#` lines skipped, cells trimmed, as `parseTsv` does). */
export function trustedRows(text: string): KbEntry[] {
  const entries: KbEntry[] = [];
  let at: number[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!at) {
      const header = cells.map((c) => c.trim());
      at = COLUMNS.map((column) => header.indexOf(column));
      continue;
    }
    const cell = (i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());
    entries.push(trustedEntry(cell(at[0]!), cell(at[1]!), cell(at[2]!), cell(at[3]!), cell(at[4]!)));
  }
  return entries;
}
