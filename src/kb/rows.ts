/**
 * The KB's row format, shared by the shipped table (data/kb/actors.tsv, converted from the Phoenix actor
 * dictionaries) and users' own rows. Tab-separated with a header:
 *
 *   id	type	name	aliases	codes
 *   DONALD_TRUMP	PERSON	Donald Trump	donald j. trump|president trump	USAGOV 2017-01-20..2021-01-20; USAELI
 *
 * `aliases`: `|`-separated, any case. `codes`: `;`-separated CAMEO actor codes, each optionally followed by
 * an ISO date range `FROM..TO` (either end open); an undated code is the default when no range holds.
 */
import { z } from 'zod';
import type { DatedCode } from '../events/dictionaries/actors.js';

export type KbType = 'PERSON' | 'ORG' | 'GPE';

export interface KbEntry {
  id: string;
  type: KbType;
  name: string;
  /** Every name (canonical first), lower case, words separated by single blanks. */
  names: string[];
  codes: DatedCode[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

const rowSchema = z.object({
  id: z.string().regex(/^[^\s]+$/, 'id: no blanks'),
  type: z.enum(['PERSON', 'ORG', 'GPE']),
  name: z.string().min(1),
  aliases: z.string().default(''),
  codes: z.string().default(''),
});

/** "USAGOV 2017-01-20..2021-01-20" → a dated code; throws on a malformed range. */
export function parseCodeCell(cell: string): DatedCode[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const [code, range] = part.split(/\s+/, 2);
      if (!code || !/^[A-Z0-9]+$/i.test(code)) throw new Error(`bad actor code "${part}"`);
      if (!range) return { code: code.toUpperCase() };
      const [from, to] = range.split('..');
      if ((from && !ISO.test(from)) || (to && !ISO.test(to)) || to === undefined)
        throw new Error(`bad date range "${range}" (want YYYY-MM-DD..YYYY-MM-DD, either end empty)`);
      return { code: code.toUpperCase(), ...(from ? { from } : {}), ...(to ? { to } : {}) };
    });
}

export function formatCodeCell(codes: readonly DatedCode[]): string {
  return codes.map((c) => (c.from || c.to ? `${c.code} ${c.from ?? ''}..${c.to ?? ''}` : c.code)).join('; ');
}

/** Printable ASCII: nothing for NFD to decompose, no marks to drop (the shipped table's 27,000 names). */
const ASCII = /^[ -~\t\n\r]*$/;

/** Lower case, accents off (the dictionaries are ASCII: "Peña" is PENA), no possessive, single blanks. */
export const normaliseName = (name: string): string =>
  (ASCII.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[_\s]+/g, ' ')
    .trim();

/**
 * One TSV row (header names → cells) to an entry; throws with the reason when the row is malformed.
 * `trusted` skips the schema for the shipped table (written by the conversion script; 27,000 rows).
 */
export function entryFromRow(row: Record<string, string>, trusted = false): KbEntry {
  if (trusted)
    return trustedEntry(
      row['id'] ?? '',
      row['type'] ?? '',
      row['name'] ?? '',
      row['aliases'] ?? '',
      row['codes'] ?? '',
    );
  const r = rowSchema.parse(row);
  const aliases = r.aliases.split('|').map(normaliseName).filter(Boolean);
  const names = [...new Set([normaliseName(r.name), ...aliases])];
  return { id: r.id, type: r.type, name: r.name, names, codes: parseCodeCell(r.codes) };
}

/** An entry of the shipped table from its cells, unchecked (see `entryFromRow`). */
export function trustedEntry(id: string, type: string, name: string, aliases: string, cell: string): KbEntry {
  // The conversion script wrote the aliases normalised and without duplicates.
  const names = [normaliseName(name), ...(aliases ? aliases.split('|') : [])];
  // Codes are read when an entry is first linked: parsing all 27,000 cells was a third of the KB's load.
  let codes: DatedCode[] | undefined;
  return {
    id,
    type: type as KbType,
    name,
    names,
    get codes(): DatedCode[] {
      return (codes ??= parseCodeCell(cell));
    },
  };
}

export function rowFromEntry(e: KbEntry): string {
  return [e.id, e.type, e.name, e.names.slice(1).join('|'), formatCodeCell(e.codes)].join('\t');
}

export const KB_HEADER = 'id\ttype\tname\taliases\tcodes';
