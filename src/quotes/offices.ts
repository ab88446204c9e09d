import { z } from 'zod';
import type { Entity } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

/** One term in an office: a title role ("prime minister") from one day to another (`to` empty: still in office). */
export interface OfficeTerm {
  office: string;
  from: string;
  to: string;
}

/** Offices by KB id (data/kb/offices.tsv). */
export type OfficeTable = ReadonlyMap<string, readonly OfficeTerm[]>;

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const Row = z.object({
  id: z.string().min(1),
  office: z.string().min(1),
  from: z.string().regex(DAY),
  to: z.string().regex(DAY).or(z.literal('')),
});

export function loadOffices(path = dataFile('kb', 'offices.tsv')): OfficeTable {
  const out = new Map<string, OfficeTerm[]>();
  for (const raw of readTsv(path)) {
    const row = Row.parse(raw);
    const terms = out.get(row.id) ?? [];
    terms.push({ office: row.office, from: row.from, to: row.to });
    out.set(row.id, terms);
  }
  return out;
}

/** Whether the entity's KB identity held one of `offices` on `day` (YYYY-MM-DD; ISO days compare as text). */
export function holdsOffice(
  table: OfficeTable,
  e: Entity,
  offices: readonly string[],
  day: string | undefined,
): boolean {
  if (!day || !e.kb) return false;
  const date = day.slice(0, 10);
  return (table.get(e.kb.id) ?? []).some(
    (t) => offices.includes(t.office) && t.from <= date && (t.to === '' || date < t.to),
  );
}

/**
 * "Tony Blair … Gordon Brown … the prime minister said": when the knowledge base's codes do not tell the
 * offices of the people named apart, the description is the one person named before it who held that office
 * at the publication date. None or several: undefined.
 */
export function namedOfficeHolder(
  named: readonly Entity[],
  offices: readonly string[],
  table: OfficeTable,
  day: string | undefined,
): string | undefined {
  const holders = new Set(named.filter((e) => holdsOffice(table, e, offices, day)).map((e) => e.id));
  const [only] = holders;
  return holders.size === 1 ? only : undefined;
}
