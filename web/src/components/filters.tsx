/**
 * The filter bar of a list view: its fields are the URL's params, and applying them writes the URL (offset
 * reset), so the filtered list is a link to share and survives a reload.
 */
import { href } from '../router.js';
import { paramsOf } from '../lib/list-url.js';

export interface FilterField {
  name: string;
  label: string;
  type?: 'date' | 'text' | 'select';
  options?: string[];
  placeholder?: string;
}

export const DATE_FIELDS: FilterField[] = [
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
];

export function FilterBar(props: { view: string; params: URLSearchParams; fields: FilterField[] }) {
  const { view, params, fields } = props;
  const current = paramsOf(params);
  const active = fields.filter((f) => current[f.name]);
  const onSubmit = (e: Event): void => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const next: Record<string, string> = {};
    // Keep params this bar does not own (e.g. a view's own switches), drop the page offset.
    for (const [key, value] of Object.entries(current))
      if (key !== 'offset' && !fields.some((f) => f.name === key)) next[key] = value;
    for (const f of fields) {
      const value = form.get(f.name);
      if (typeof value === 'string' && value.trim()) next[f.name] = value.trim();
    }
    location.hash = href([view], next);
  };
  // On a phone the bar starts folded (it would fill the first screen) unless a filter is on.
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 601px)').matches;
  return (
    <details class="filter-box" open={wide || active.length > 0} key={params.toString()}>
      <summary>
        Filters
        {active.length > 0
          ? ` (${active.map((f) => `${f.label.toLowerCase()}: ${current[f.name]}`).join(', ')})`
          : ''}
      </summary>
      <form class="filters" role="search" aria-label="Filters" onSubmit={onSubmit}>
        {fields.map((f) => (
          <label key={f.name}>
            <span>{f.label}</span>
            {f.type === 'select' ? (
              <select name={f.name} defaultValue={current[f.name] ?? ''}>
                <option value="">any</option>
                {(f.options ?? []).map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : (
              <input
                name={f.name}
                type={f.type === 'date' ? 'date' : 'text'}
                defaultValue={current[f.name] ?? ''}
                placeholder={f.placeholder}
              />
            )}
          </label>
        ))}
        <button type="submit">Apply</button>
        {active.length > 0 && (
          <a class="clear" href={href([view], {})}>
            Clear filters
          </a>
        )}
      </form>
    </details>
  );
}
