import type { Doc, Event } from '../doc/types.js';
import { entityIndex, eventContext, type EventContext } from './doc-lookup.js';
import { quadClass } from './gdelt/cameo.js';
import type { Exporter } from './types.js';

type Row = { doc: Doc; event: Event; index: number; context: EventContext };

/**
 * The CSV columns, one row per event, in order: the column name and how its value is read. Documented here
 * because this table is the documentation: spans are UTF-16 offsets into the stored Doc's `text`.
 */
export const CSV_COLUMNS: readonly (readonly [
  name: string,
  value: (row: Row) => string | number | boolean | undefined,
])[] = [
  ['article_id', (r) => r.doc.id],
  ['published', (r) => r.doc.meta.published],
  ['source_url', (r) => r.doc.source.uri],
  ['title', (r) => r.doc.meta.title],
  ['event_index', (r) => r.index], // position in Doc.events
  ['type', (r) => r.event.type], // PLOVER event type
  ['mode', (r) => r.event.mode], // PLOVER mode, when the cue says it
  ['cameo_root', (r) => r.event.cameo], // two digits
  ['quad_class', (r) => quadClass(r.event.cameo)], // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  ['source_id', (r) => r.context.source?.id],
  ['source_name', (r) => r.context.source?.name],
  ['source_type', (r) => r.context.source?.type],
  ['source_country', (r) => r.context.source?.attributes?.country], // ISO 3166-1 alpha-2
  ['target_id', (r) => r.context.target?.id],
  ['target_name', (r) => r.context.target?.name],
  ['target_type', (r) => r.context.target?.type],
  ['target_country', (r) => r.context.target?.attributes?.country],
  ['place_name', (r) => r.context.place?.name],
  ['place_country', (r) => r.context.place?.country],
  ['place_lat', (r) => r.context.place?.lat],
  ['place_lon', (r) => r.context.place?.lon],
  ['place_geonames_id', (r) => r.context.place?.geonameId],
  ['time_text', (r) => r.context.time?.text],
  ['time_value', (r) => r.context.time?.value], // TimeML value
  ['negated', (r) => r.event.negated],
  ['hypothetical', (r) => r.event.hypothetical],
  ['cue', (r) => r.event.cue.text],
  ['start', (r) => r.event.start],
  ['end', (r) => r.event.end],
  ['text', (r) => r.event.text], // the event's span
  ['sentence', (r) => r.event.sentence],
  ['rule', (r) => r.event.rule],
];

/** RFC 4180: CRLF line ends; a field with a comma, quote, CR or LF (or edge spaces) is quoted, quotes doubled. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvExporter(): Exporter {
  return {
    begin: () => `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`,
    write: ({ doc }) => {
      const entities = entityIndex(doc);
      return doc.events
        .map((event, index) => {
          const row: Row = { doc, event, index, context: eventContext(doc, event, entities) };
          return `${CSV_COLUMNS.map(([, value]) => csvField(value(row))).join(',')}\r\n`;
        })
        .join('');
    },
    end: () => '',
  };
}
