import { entityIndex, eventContext } from '../doc-lookup.js';
import type { Exporter } from '../types.js';
import { GDELT_COLUMNS } from './columns.js';
import { gdeltRow } from './row.js';

/**
 * GDELT 2.0 Event table rows: tab-separated, the 61 codebook columns in order, no header (as GDELT ships
 * its files; pass `header` for one), one row per event that was asserted as happening — negated and
 * hypothetical events are left out, because a GDELT row says the event took place.
 */
export function gdeltExporter(options: { header?: boolean } = {}): Exporter {
  return {
    begin: () => (options.header ? `${GDELT_COLUMNS.join('\t')}\n` : ''),
    write: (item) => {
      const entities = entityIndex(item.doc);
      let out = '';
      item.doc.events.forEach((event, index) => {
        if (event.negated || event.hypothetical) return;
        const row = gdeltRow(item, event, index, eventContext(item.doc, event, entities));
        out += `${GDELT_COLUMNS.map((column) => tsvField(row[column])).join('\t')}\n`;
      });
      return out;
    },
    end: () => '',
  };
}

/** GDELT's TSV has no quoting: tabs and line breaks inside a value become spaces. */
export function tsvField(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

export { GDELT_COLUMNS } from './columns.js';
export { globalEventId } from './row.js';
