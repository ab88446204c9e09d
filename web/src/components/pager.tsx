/** "50 of 5,088" with first / previous / next / last page links that keep the filters in the URL. */
import type { Page as ApiPage } from '../api.js';
import { count, linkWith, offsetOf, PAGE_SIZE, paramsOf } from '../lib/list-url.js';
import { useAsync } from './async.js';

export function Pager(props: {
  view: string;
  params: URLSearchParams;
  offset: number;
  shown: number;
  total: number;
  noun: string;
  limit?: number;
}) {
  const { view, params, offset, shown, total, noun } = props;
  const limit = props.limit ?? PAGE_SIZE;
  const lastOffset = Math.max(0, Math.floor((total - 1) / limit) * limit);
  const at = (o: number): string => linkWith(view, params, { offset: o > 0 ? String(o) : undefined });
  const range = shown === 0 ? '0' : `${count(offset + 1)}–${count(offset + shown)}`;
  return (
    <nav class="pager" aria-label={`${noun} pages`}>
      <span class="meta" data-testid="page-count">
        {range} of {count(total)} {noun}
      </span>
      {offset > 0 && (
        <>
          <a href={at(0)}>« First</a>
          <a href={at(Math.max(0, offset - limit))} rel="prev">
            ‹ Previous
          </a>
        </>
      )}
      {offset + shown < total && (
        <>
          <a href={at(offset + limit)} rel="next" data-testid="page-next">
            Next ›
          </a>
          <a href={at(lastOffset)} data-testid="page-last">
            Last »
          </a>
        </>
      )}
    </nav>
  );
}

/**
 * A list view's page: loads `PAGE_SIZE` rows at the URL's offset with the URL's filters (reloading when
 * the URL changes), and draws the pager for what came back.
 */
export function usePagedList<T>(
  view: string,
  params: URLSearchParams,
  load: (query: Record<string, string | number>) => Promise<ApiPage<T>>,
  noun: string,
) {
  const offset = offsetOf(params);
  const state = useAsync(() => load({ ...paramsOf(params), limit: PAGE_SIZE, offset }), [params.toString()]);
  const pager = (page: ApiPage<T>) => (
    <Pager
      view={view}
      params={params}
      offset={offset}
      shown={page.items.length}
      total={page.total}
      noun={noun}
    />
  );
  return { state, pager };
}
