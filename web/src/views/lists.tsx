/** The corpus lists: quotes grouped by speaker, findings, stories, and one entity's page. */
import { api, type QuoteItem } from '../api.js';
import { Async, Empty, useAsync } from '../components/async.js';
import { href } from '../router.js';

function groupBySpeaker(quotes: QuoteItem[]): [string, QuoteItem[]][] {
  const groups = new Map<string, QuoteItem[]>();
  for (const q of quotes) {
    const speaker = q.speaker ?? 'Speaker unclear';
    groups.set(speaker, [...(groups.get(speaker) ?? []), q]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

export function QuotesView() {
  const state = useAsync(() => api.quotes({ limit: 500 }), []);
  return (
    <section>
      <h1>Quotes by speaker</h1>
      <Async state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No quotes yet.</Empty>
          ) : (
            groupBySpeaker(page.items).map(([speaker, quotes]) => (
              <section key={speaker} class="group">
                <h2>
                  {speaker} <span class="meta">({quotes.length})</span>
                </h2>
                <ul class="quote-list">
                  {quotes.map((q, i) => (
                    <li key={i} class={`v-${q.kind}`}>
                      <a href={href(['article', q.articleId], { span: `${q.start}-${q.end}` })}>
                        <span class="tag">{q.kind}</span> {q.kind === 'direct' ? `“${q.text}”` : q.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )
        }
      </Async>
    </section>
  );
}

export function FindingsView() {
  const state = useAsync(() => api.findings({ limit: 500 }), []);
  return (
    <section>
      <h1>Findings</h1>
      <Async state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No findings yet.</Empty>
          ) : (
            <ul class="cards">
              {page.items.map((f, i) => (
                <li key={i}>
                  <a
                    class="card"
                    href={href(
                      ['article', f.articleId],
                      f.spans[0] ? { span: `${f.spans[0].start}-${f.spans[0].end}` } : {},
                    )}
                  >
                    <span class="tag">{f.kind}</span> {f.message}
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

export function StoriesView() {
  const state = useAsync(() => api.stories({ limit: 100 }), []);
  return (
    <section>
      <h1>Stories</h1>
      <Async state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              No stories yet: stories appear once the corpus layer groups articles about the same events.
            </Empty>
          ) : (
            <ul class="cards">
              {page.items.map((s) => (
                <li key={s.id} class="card">
                  <strong>{s.title}</strong>
                  <span class="meta">
                    {[s.from, s.to].filter(Boolean).join(' – ')} · {s.articles.length} articles
                  </span>
                  <span>
                    {s.articles.map((id) => (
                      <a key={id} href={href(['article', id])}>
                        {id}{' '}
                      </a>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}

export function EntityView(props: { name: string }) {
  const state = useAsync(() => api.entity(props.name), [props.name]);
  return (
    <section>
      <Async state={state}>
        {(entity) => (
          <>
            <h1>
              {entity.name} <span class="tag">{entity.type}</span>
            </h1>
            <h2>Articles ({entity.articles.length})</h2>
            <ul class="cards">
              {entity.articles.map((a) => (
                <li key={a.id}>
                  <a class="card" data-testid="article-link" href={href(['article', a.id])}>
                    <strong>{a.title ?? a.id}</strong> <span class="meta">{a.published}</span>
                  </a>
                </li>
              ))}
            </ul>
            <h2>Mentions ({entity.mentions.length})</h2>
            <ul class="quote-list">
              {entity.mentions.map((m, i) => (
                <li key={i}>
                  <a href={href(['article', m.articleId], { span: `${m.start}-${m.end}` })}>
                    <mark>{m.text}</mark> — {m.sentence}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Async>
    </section>
  );
}
