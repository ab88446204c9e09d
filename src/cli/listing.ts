import { Option } from 'commander';

/** How a listing command prints its rows: readable text, one JSON document, JSON Lines or CSV. */
export type ListFormat = 'text' | 'json' | 'jsonl' | 'csv';

export const listFormatOption = (): Option =>
  new Option('--format <format>', 'output format: text, json (one document), jsonl (a row a line), csv')
    .choices(['text', 'json', 'jsonl', 'csv'])
    .default('text');

/**
 * The rows in `format`; `text` is the command's own readable form. `json` keeps the command's document
 * (`document`, e.g. a page with its total); `jsonl` and `csv` have one row per item.
 */
export function formatListing<T extends object>(
  rows: readonly T[],
  format: ListFormat,
  text: () => string,
  document: unknown = rows,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(document, null, 2)}\n`;
    case 'jsonl':
      return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
    case 'csv':
      return toCsv(rows);
    default:
      return text();
  }
}

/**
 * RFC 4180 CSV: a header of every field any row has (in first-seen order), fields with a comma, quote or
 * line break quoted; nested values (arrays, objects) as JSON.
 */
export function toCsv(rows: readonly object[]): string {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const cell = (value: unknown): string => {
    if (value === undefined || value === null) return '';
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])).join(','));
  return [columns.join(','), ...lines].map((line) => `${line}\r\n`).join('');
}
