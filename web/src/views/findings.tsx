/**
 * Findings triaged: contradictions and time arithmetic first, then number checks, and the many
 * "unattributed estimate" lines last, grouped and collapsed so they do not bury the rest. With a kind
 * filter, one paged list of that kind.
 */
import { api, type FindingItem, type Page } from '../api.js';
import { ArticleRef } from '../components/article-ref.js';
import { Async, Empty, useAsync } from '../components/async.js';
import { DATE_FIELDS, FilterBar, type FilterField } from '../components/filters.js';
import { Pager, usePagedList } from '../components/pager.js';
import { count, offsetOf, PAGE_SIZE, paramsOf } from '../lib/list-url.js';

/** Triage order; the last is collapsed by default. */
const KINDS: [string, string][] = [
  ['contradiction', 'Contradictions'],
  ['time-arithmetic', 'Time arithmetic'],
  ['number', 'Numbers'],
  ['estimate', 'Estimates'],
];

const FINDING_FILTERS: FilterField[] = [
  { name: 'kind', label: 'Kind', type: 'select', options: KINDS.map(([k]) => k) },
  ...DATE_FIELDS,
  { name: 'site', label: 'Site' },
  { name: 'story', label: 'Story', placeholder: 's12' },
];

function FindingList(props: { items: FindingItem[] }) {
  return (
    <ul class="cards findings">
      {props.items.map((f, i) => (
        <li key={i} class="card" data-kind={f.kind} data-testid="finding">
          <span>
            <span class="tag">{f.kind}</span> {f.message}
          </span>
          <span class="spans">
            {f.spans.map((s, j) => (
              <ArticleRef
                key={j}
                id={f.articleId}
                title={j === 0 ? (f.articleTitle ?? undefined) : `“${s.text}”`}
                source={j === 0 ? f.articleSource : undefined}
                span={s}
              />
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}

async function loadTriage(filter: Record<string, string>): Promise<[string, string, Page<FindingItem>][]> {
  const { offset, ...rest } = filter;
  const pages = await Promise.all(
    KINDS.map(([kind]) =>
      api.findings({ ...rest, kind, limit: PAGE_SIZE, offset: kind === 'estimate' ? offset : undefined }),
    ),
  );
  return KINDS.map(([kind, label], i) => [kind, label, pages[i]!]);
}

export function FindingsView(props: { params: URLSearchParams }) {
  const { params } = props;
  const kind = params.get('kind');
  return (
    <section>
      <h1>Findings</h1>
      <FilterBar view="findings" params={params} fields={FINDING_FILTERS} />
      {kind ? <OneKind params={params} /> : <Triage params={params} />}
    </section>
  );
}

function OneKind(props: { params: URLSearchParams }) {
  const { params } = props;
  const { state, pager } = usePagedList('findings', params, api.findings, 'findings');
  return (
    <Async state={state}>
      {(page) => (
        <>
          {pager(page)}
          {page.items.length === 0 ? <Empty>No findings match.</Empty> : <FindingList items={page.items} />}
        </>
      )}
    </Async>
  );
}

function Triage(props: { params: URLSearchParams }) {
  const { params } = props;
  const state = useAsync(() => loadTriage(paramsOf(params)), [params.toString()]);
  return (
    <Async state={state}>
      {(groups) =>
        groups.every(([, , page]) => page.total === 0) ? (
          <Empty>No findings yet.</Empty>
        ) : (
          groups.map(([kind, label, page]) => {
            if (page.total === 0) return null;
            const body = (
              <>
                {page.total > page.items.length && (
                  <Pager
                    view="findings"
                    params={params}
                    offset={kind === 'estimate' ? offsetOf(params) : 0}
                    shown={page.items.length}
                    total={page.total}
                    noun={label.toLowerCase()}
                  />
                )}
                <FindingList items={page.items} />
              </>
            );
            const heading = `${label} (${count(page.total)})`;
            return kind === 'estimate' ? (
              <details key={kind} class="group" data-testid="estimates" open={offsetOf(params) > 0}>
                <summary>
                  <h2>{heading}</h2> <span class="meta">unattributed or hedged figures, collapsed</span>
                </summary>
                {body}
              </details>
            ) : (
              <section key={kind} class="group" data-testid={`group-${kind}`}>
                <h2>{heading}</h2>
                {body}
              </section>
            );
          })
        )
      }
    </Async>
  );
}
