/**
 * Readers for the event-coding gold data, each in its dataset's own format, and format detection by
 * content (never by file name, so held-out splits in the same format read the same way):
 *
 * - `plover`: PLOVER gold-standard records, a JSON array of `{id, text, event, source[], target[], …}` where
 *   actors are `{actorText, code}`; records without `text` (the DOCUMENT header) are skipped.
 * - `multicoped`: Multi-CoPED `cameo_class`, one `sentence<TAB>label` per line, label 0–4 (PentaClass).
 * - `petrarch`: PETRARCH validation XML, `<Sentence id><EventCoding eventcode=… | noevents="True"><Text>`.
 */
import { DOMParser } from 'linkedom';

export interface PloverRecord {
  id: string;
  text: string;
  event: string;
  sources: string[];
  targets: string[];
  /** Words the coder marked as the event (`(EVT: …)` in textInfo.markup), lower-cased. */
  eventWords?: string[];
}

export interface PentaRecord {
  text: string;
  label: number;
}

export interface PetrarchRecord {
  id: string;
  text: string;
  /** Gold event codes as written (`064`, `1711`, `903`); empty when the record says `noevents`. */
  codes: string[];
  noEvents: boolean;
  /** The record's date (ISO), which dated actor codes are read at. */
  date?: string;
  /** Each gold coding with its source and target actor codes (as written; may be empty). */
  codings?: { code: string; source: string; target: string }[];
}

export type EventDataset =
  | { format: 'plover'; records: PloverRecord[] }
  | { format: 'multicoped'; records: PentaRecord[] }
  | {
      format: 'petrarch';
      records: PetrarchRecord[];
      /** The dictionary files its `<Environment>` names (Verbfile, Actorfile, Agentfile, Discardfile). */
      environment: string[];
    };

const PENTA_LINE = /^(.+)\t([0-4])\s*$/;

/** Reads one file's content as whichever format it is in; undefined when it is none of them. */
export function readEventDataset(content: string): EventDataset | undefined {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[')) return { format: 'plover', records: readPlover(head) };
  if (head.startsWith('<') && /<Sentence[\s>]/.test(content))
    return { format: 'petrarch', records: readPetrarch(content), environment: environmentFiles(content) };
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines.every((l) => PENTA_LINE.test(l)))
    return { format: 'multicoped', records: readMulticoped(lines) };
  return undefined;
}

function actorTexts(field: unknown): string[] {
  if (!Array.isArray(field)) return [];
  return field
    .map((a: unknown) =>
      a && typeof a === 'object' && 'actorText' in a && typeof a.actorText === 'string' ? a.actorText : '',
    )
    .filter((t) => t.trim() !== '');
}

export function readPlover(json: string): PloverRecord[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new Error('PLOVER records: expected a JSON array');
  const records: PloverRecord[] = [];
  for (const r of parsed as Record<string, unknown>[]) {
    if (typeof r['text'] !== 'string' || typeof r['event'] !== 'string' || r['text'].trim() === '') continue;
    const words = eventWords(r['textInfo']);
    records.push({
      id: typeof r['id'] === 'string' ? r['id'] : String(records.length),
      text: r['text'],
      event: r['event'],
      sources: actorTexts(r['source']),
      targets: actorTexts(r['target']),
      ...(words.length > 0 ? { eventWords: words } : {}),
    });
  }
  return records;
}

function eventWords(info: unknown): string[] {
  const markup =
    info && typeof info === 'object' && 'markup' in info && typeof info.markup === 'string'
      ? info.markup
      : '';
  return [...markup.matchAll(/\(EVT: ([^)]*)\)/g)].flatMap((m) => (m[1] ?? '').toLowerCase().split(/\s+/));
}

export function readMulticoped(lines: readonly string[]): PentaRecord[] {
  return lines.flatMap((line) => {
    const m = PENTA_LINE.exec(line);
    return m ? [{ text: m[1] ?? '', label: Number(m[2]) }] : [];
  });
}

/** The dictionary files a PETRARCH validation file's `<Environment>` names. */
export function environmentFiles(xml: string): string[] {
  const env = /<Environment>([\s\S]*?)<\/Environment>/.exec(xml)?.[1] ?? '';
  return ['Verbfile', 'Actorfile', 'Agentfile', 'Discardfile'].flatMap(
    (tag) => new RegExp(`<${tag}>\\s*([^<\\s]+)\\s*</${tag}>`).exec(env)?.[1] ?? [],
  );
}

/** Collapses the hard line breaks and indentation of the XML's `<Text>` into single spaces. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function readPetrarch(xml: string): PetrarchRecord[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return [...doc.querySelectorAll('Sentence')].map((s, i) => {
    const codings = [...s.querySelectorAll('EventCoding')];
    const codes = codings.map((c) => c.getAttribute('eventcode') ?? '').filter((c) => c !== '');
    const d = /^(\d{4})(\d{2})(\d{2})$/.exec(s.getAttribute('date') ?? '');
    return {
      id: s.getAttribute('id') ?? String(i),
      text: oneLine(s.querySelector('Text')?.textContent ?? ''),
      codes,
      noEvents: codes.length === 0 && codings.some((c) => /^true$/i.test(c.getAttribute('noevents') ?? '')),
      ...(d ? { date: `${d[1]}-${d[2]}-${d[3]}` } : {}),
      codings: codings
        .filter((c) => (c.getAttribute('eventcode') ?? '') !== '')
        .map((c) => ({
          code: c.getAttribute('eventcode') ?? '',
          source: c.getAttribute('sourcecode') ?? '',
          target: c.getAttribute('targetcode') ?? '',
        })),
    };
  });
}
