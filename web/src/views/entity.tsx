/** One entity's page: who it is (KB identity, roles, aliases), its quotes, events, company and articles. */
import { api, type EntityDetail } from '../api.js';
import { ArticleRef } from '../components/article-ref.js';
import { Async, Empty, useAsync } from '../components/async.js';
import { count } from '../lib/list-url.js';
import { href } from '../router.js';
import { QuoteRow } from './lists.js';

const FIRST = 20;

/** Quotes the entity said (by its canonical name), the first 20 and how many in all. */
function QuotesBy(props: { name: string }) {
  const state = useAsync(() => api.quotes({ speaker: props.name, limit: FIRST }), [props.name]);
  return (
    <Async state={state}>
      {(page) => (
        <>
          <h2>
            Quotes by {props.name} ({count(page.total)})
          </h2>
          {page.items.length === 0 ? (
            <Empty>No attributed quotes.</Empty>
          ) : (
            <ul class="quote-list" data-testid="quotes-by">
              {page.items.map((q, i) => (
                <QuoteRow key={i} quote={q} />
              ))}
            </ul>
          )}
          {page.total > page.items.length && (
            <a href={href(['quotes'], { speaker: props.name })}>All {count(page.total)} quotes</a>
          )}
        </>
      )}
    </Async>
  );
}

/** Events with the entity as source or target, the first 20 and how many in all. */
function EventsAsActor(props: { name: string }) {
  const state = useAsync(() => api.events({ actor: props.name, limit: FIRST }), [props.name]);
  return (
    <Async state={state}>
      {(page) => (
        <>
          <h2>
            Events with {props.name} as actor ({count(page.total)})
          </h2>
          {page.items.length === 0 ? (
            <Empty>No events name it as source or target.</Empty>
          ) : (
            <ul class="quote-list" data-testid="events-as-actor">
              {page.items.map((e, i) => (
                <li key={i}>
                  <a href={href(['article', e.articleId], { span: `${e.start}-${e.end}` })}>
                    <span class="tag">{e.type}</span> {e.source ?? '?'} → {e.target ?? '?'}: {e.text}
                  </a>
                  <div class="quote-from">
                    {(e.time ?? e.published)?.slice(0, 10)}{' '}
                    <ArticleRef id={e.articleId} title={e.articleTitle} source={e.articleSource} />
                  </div>
                </li>
              ))}
            </ul>
          )}
          {page.total > page.items.length && (
            <a href={href(['timeline'], { actor: props.name })}>All {count(page.total)} events</a>
          )}
        </>
      )}
    </Async>
  );
}

function Identity(props: { entity: EntityDetail }) {
  const { kb, roles, aliases } = props.entity;
  return (
    <dl class="identity" data-testid="identity">
      <dt>Knowledge-base identity</dt>
      <dd>
        {kb ? (
          <>
            {kb.name} <span class="meta">({kb.id})</span>
            {kb.codes.length > 0 && <> · actor codes {kb.codes.join(', ')}</>}
          </>
        ) : (
          'not linked'
        )}
      </dd>
      <dt>Roles</dt>
      <dd>{roles.length > 0 ? roles.join(', ') : 'none stated'}</dd>
      <dt>Also called</dt>
      <dd data-testid="aliases">{aliases.length > 0 ? aliases.join(', ') : 'no other names'}</dd>
    </dl>
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
            <p class="meta">
              <a href={href([''], { entity: entity.name })}>its articles</a> ·{' '}
              <a href={href(['timeline'], { actor: entity.name })}>its events</a> ·{' '}
              <a href={href(['stories'], { entity: entity.name })}>its stories</a> ·{' '}
              <a href={href(['network'], { entity: entity.name })}>its network</a>
            </p>
            <Identity entity={entity} />
            <QuotesBy name={entity.name} />
            <EventsAsActor name={entity.name} />
            <h2>Named with</h2>
            <ul class="chips" data-testid="co-occurring">
              {entity.coOccurring.map((c) => (
                <li key={c.name}>
                  <a href={href(['entity', c.name])}>{c.name}</a>{' '}
                  <span class="meta">{count(c.articles)}</span>
                </li>
              ))}
            </ul>
            <h2>Articles ({count(entity.articles.length)})</h2>
            <ul class="ref-list">
              {entity.articles.map((a) => (
                <li key={a.id}>
                  <ArticleRef id={a.id} title={a.title} source={a.source} published={a.published} />
                </li>
              ))}
            </ul>
            <h2>
              Mentions ({count(entity.mentions.length)} of {count(entity.mentionsTotal)})
            </h2>
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
