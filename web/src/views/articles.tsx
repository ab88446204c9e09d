/** The article list (home) and search results: articles matching the query, and matching entities. */
import { api, type ArticleSummary } from '../api.js';
import { Async, Empty, useAsync } from '../components/async.js';
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
            <span class="meta">
              {[a.site, a.published?.slice(0, 10)].filter(Boolean).join(' · ') || 'undated'}
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

export function HomeView() {
  const state = useAsync(() => api.articles({ limit: 50 }), []);
  return (
    <section>
      <h1>Articles</h1>
      <Async state={state}>
        {(page) => (
          <>
            <p class="meta">{page.total} stored</p>
            <ArticleList items={page.items} />
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
