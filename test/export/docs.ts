import { newDoc } from '../../src/doc/create.js';
import type { Doc, Event, Place } from '../../src/doc/types.js';
import type { StoredDoc } from '../../src/export/index.js';

/**
 * A small hand-built article with two events and two places, whose strings hold every character an export
 * must escape: commas, double quotes, tabs, newlines.
 */
export const TEXT =
  'Putin met Trump in Anchorage, Alaska on Friday.\nHe said "no deal"\tyet.\nRussia did not attack Kyiv.';

export function exportDoc(overrides: { published?: string; uri?: string } = {}): Doc {
  const doc = newDoc({
    id: 'a1b2c3d4e5f60718',
    source: { kind: 'html', uri: overrides.uri ?? 'https://news.example.com/a?x=1,y="2"' },
    meta: {
      title: 'Summit, "talks"\tand\nmore',
      published: overrides.published ?? '2025-08-14T09:30:00-04:00',
    },
    raw: TEXT,
  });
  const span = (needle: string, from = 0) => {
    const start = TEXT.indexOf(needle, from);
    if (start < 0) throw new Error(`"${needle}" not in text`);
    return { start, end: start + needle.length, text: needle };
  };
  doc.entities = [
    {
      id: 'e1',
      name: 'Vladimir Putin',
      type: 'PERSON',
      aliases: ['Putin'],
      attributes: { country: 'RU', role: 'President' },
    },
    { id: 'e2', name: 'Donald Trump', type: 'PERSON', aliases: ['Trump'], attributes: { country: 'US' } },
    { id: 'e3', name: 'Russia', type: 'GPE', aliases: [] },
  ];
  const place = (needle: string, fields: Partial<Place>): Place => ({
    ...span(needle),
    name: needle,
    lat: 0,
    lon: 0,
    confidence: 0.9,
    source: 'test',
    sentence: 0,
    rule: 'test',
    ...fields,
  });
  doc.places = [
    place('Anchorage', {
      lat: 61.21806,
      lon: -149.90028,
      country: 'US',
      admin1: 'Alaska',
      geonameId: 5879400,
      featureClass: 'P.PPLA2',
    }),
    place('Kyiv', {
      lat: 50.45466,
      lon: 30.5238,
      country: 'UA',
      geonameId: 703448,
      featureClass: 'P.PPLC',
      sentence: 2,
    }),
  ];
  doc.timexes = [
    {
      ...span('Friday'),
      type: 'DATE',
      value: '2025-08-15',
      anchored: true,
      granularity: 'day',
      sentence: 0,
      rule: 'test',
    },
  ];
  const event = (cue: string, fields: Partial<Event> & Pick<Event, 'type' | 'cameo'>): Event => ({
    ...span(cue),
    cue: span(cue),
    sentence: 0,
    negated: false,
    hypothetical: false,
    rule: 'test',
    ...fields,
  });
  doc.events = [
    event('met', { type: 'CONSULT', cameo: '04', source: 'e1', target: 'e2', place: 0, time: 0 }),
    event('said "no deal"\tyet', { type: 'REJECT', cameo: '12', source: 'e1', sentence: 1 }),
    event('attack', { type: 'ASSAULT', cameo: '18', source: 'e3', place: 1, negated: true, sentence: 2 }),
  ];
  return doc;
}

export const STORED_AT = '2025-08-16T12:34:56.789Z';

export function stored(doc: Doc = exportDoc()): StoredDoc {
  return { doc, storedAt: STORED_AT };
}

export async function* items(...docs: StoredDoc[]): AsyncGenerator<StoredDoc> {
  yield* docs;
}

export async function exportText(
  format: Parameters<typeof import('../../src/export/index.js').writeExport>[1],
  ...docs: StoredDoc[]
): Promise<string> {
  const { writeExport } = await import('../../src/export/index.js');
  let out = '';
  await writeExport(items(...docs), format, async (chunk) => {
    out += chunk;
  });
  return out;
}
