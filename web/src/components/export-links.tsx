/** Download links for exactly the rows a filtered list shows (every page): the API's export of it. */
import { exportUrl } from '../api.js';

const LABELS: Record<string, string> = {
  csv: 'CSV',
  json: 'JSON',
  geojson: 'GeoJSON',
  graphml: 'GraphML',
  gexf: 'GEXF',
};

export function ExportLinks(props: { list: string; filters: Record<string, string>; formats: string[] }) {
  const { filters } = props;
  return (
    <span class="meta export-links">
      Export all of these:{' '}
      {props.formats.map((format, i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={exportUrl(props.list, filters, format)} download data-testid={`export-${format}`}>
            {LABELS[format] ?? format}
          </a>
        </span>
      ))}
    </span>
  );
}
