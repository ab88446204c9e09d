import { readFileSync } from 'node:fs';

/**
 * Reads a data table: tab-separated, first non-comment line is the header, `#` lines are comments.
 * Rule tables live in such files so a reviewer reads them as tables, not as code.
 */
export function readTsv(path: string): Record<string, string>[] {
  return parseTsv(readFileSync(path, 'utf8'));
}

/** The same, from text already read (a table sent in a request). */
export function parseTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/);
  const rows: Record<string, string>[] = [];
  let header: string[] | undefined;
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? '').trim()));
    rows.push(row);
  }
  return rows;
}
