/** Exports of stored articles: JSONL Docs, CSV events, GeoJSON places and GDELT 2.0 event rows. */
import { csvExporter } from './csv.js';
import { gdeltExporter } from './gdelt/index.js';
import { geojsonExporter } from './geojson.js';
import { jsonlExporter } from './jsonl.js';
import type { Exporter, ExportFormat, StoredDoc } from './types.js';

export const EXPORTERS: Readonly<Record<ExportFormat, () => Exporter>> = {
  jsonl: jsonlExporter,
  csv: csvExporter,
  geojson: geojsonExporter,
  gdelt: () => gdeltExporter(),
};

/** Writes every article in `items` in `format` through `write` (which may apply back-pressure). */
export async function writeExport(
  items: AsyncIterable<StoredDoc>,
  format: ExportFormat,
  write: (chunk: string) => Promise<void>,
): Promise<{ articles: number }> {
  const exporter = EXPORTERS[format]();
  let articles = 0;
  await write(exporter.begin());
  for await (const item of items) {
    articles++;
    const chunk = exporter.write(item);
    if (chunk) await write(chunk);
  }
  await write(exporter.end());
  return { articles };
}

export { EXPORT_FORMATS, type ExportFormat, type Exporter, type StoredDoc } from './types.js';
export { CSV_COLUMNS, csvField } from './csv.js';
export { GDELT_COLUMNS, gdeltExporter, globalEventId, tsvField } from './gdelt/index.js';
export { csvExporter, geojsonExporter, jsonlExporter };
