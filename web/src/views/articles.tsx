/** The article list (home) and search results: articles matching the query, and matching entities. */
import { api, type ArticleSummary } from '../api.js';
import { shortSource } from '../components/article-ref.js';
import { Async, Empty, useAsync } from '../components/async.js';
import { DATE_FIELDS, FilterBar, type FilterField } from '../components/filters.js';
import { ExportLinks } from '../components/export-links.js';
import { paramsOf } from '../lib/list-url.js';
import { usePagedList } from '../components/pager.js';
import { displayTitle, snippetParts } from '../lib/text.js';
import { href } from '../router.js';

export function ArticleList(props: { items: ArticleSummary[] }) {
  if (props.items.length === 0) return <Empty>No articles.</Empty>;
  return (
    <ul class="cards">
      {props.items.map((a) => (
        <li key={a.id}>
          <a class="card" data-testid="article-link" href={href(['article', a.id])}>
            <strong>{displayTitle(a.title, a.snippet)}</strong>
            <span class="meta" title={a.source}>
              {[a.site, a.published?.slice(0, 10), a.source && shortSource(a.source)]
                .filter(Boolean)
                .join(' · ') || 'undated'}
            </span>
            {a.snippet && (
              <span class="snippet">
                {snippetParts(a.snippet).map((part, i) =>
                  part.match ? <mark key={i}>{part.text}</mark> : part.text,
                )}
              </span>
            )}
            <span class="counts">
              {a.counts.entities} entities · {a.counts.quotes} quotes · {a.counts.places} places ·{' '}
              {a.counts.events} events · {a.counts.findings} findings
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

const ARTICLE_FILTERS: FilterField[] = [
  ...DATE_FIELDS,
  { name: 'entity', label: 'Entity', placeholder: 'canonical name' },
  { name: 'place', label: 'Place' },
  { name: 'site', label: 'Site' },
  { name: 'story', label: 'Story', placeholder: 's12' },
];

export function HomeView(props: { params: URLSearchParams }) {
  const { params } = props;
  const { state, pager } = usePagedList('', params, api.articles, 'articles');
  return (
    <section>
      <h1>Articles</h1>
      <FilterBar view="" params={params} fields={ARTICLE_FILTERS} />
      <Async state={state}>
        {(page) => (
          <>
            {pager(page)}
            <p class="meta">
              <ExportLinks list="articles" filters={paramsOf(params)} formats={['csv', 'json']} />
            </p>
            <ArticleList items={page.items} />
            {page.items.length > 10 && pager(page)}
          </>
        )}
      </Async>
    </section>
  );
}

export function SearchView(props: { query: string }) {
  const { query } = props;
  const articles = useAsync(() => api.articles({ q: query, limit: 50 }), [query]);
  const entities = useAsync(() => api.entities({ q: query, limit: 20 }), [query]);
  return (
    <section>
      <h1>Search: “{query}”</h1>
      <h2>Articles</h2>
      <Async state={articles}>
        {(page) => (
          <>
            <p class="meta">{page.total} matching</p>
            <ArticleList items={page.items} />
          </>
        )}
      </Async>
      <h2>Entities</h2>
      <Async state={entities}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No matching entities.</Empty>
          ) : (
            <ul class="chips">
              {page.items.map((e) => (
                <li key={`${e.type}:${e.name}`}>
                  <a href={href(['entity', e.name])}>
                    {e.name} <span class="tag">{e.type}</span> <span class="meta">{e.articles} art.</span>
                  </a>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}
