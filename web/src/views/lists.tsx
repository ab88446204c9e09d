/** The corpus lists: quotes grouped by speaker, and stories. */
import { api, type QuoteItem } from '../api.js';
import { ArticleRef } from '../components/article-ref.js';
import { Async, Empty } from '../components/async.js';
import { DATE_FIELDS, FilterBar, type FilterField } from '../components/filters.js';
import { ExportLinks } from '../components/export-links.js';
import { usePagedList } from '../components/pager.js';
import { count, paramsOf } from '../lib/list-url.js';
import { href } from '../router.js';

function groupBySpeaker(quotes: QuoteItem[]): [string, QuoteItem[]][] {
  const groups = new Map<string, QuoteItem[]>();
  for (const q of quotes) {
    const speaker = q.speaker ?? 'Speaker unclear';
    groups.set(speaker, [...(groups.get(speaker) ?? []), q]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** One quote linking to its span in the reader, and the article it is from. */
export function QuoteRow(props: { quote: QuoteItem }) {
  const q = props.quote;
  return (
    <li class={`v-${q.kind}`}>
      <a href={href(['article', q.articleId], { span: `${q.start}-${q.end}` })}>
        <span class="tag">{q.kind}</span> {q.kind === 'direct' ? `“${q.text}”` : q.text}
      </a>
      <div class="quote-from">
        <ArticleRef id={q.articleId} title={q.articleTitle} source={q.articleSource} />
      </div>
    </li>
  );
}

const QUOTE_FILTERS: FilterField[] = [
  { name: 'speaker', label: 'Speaker', placeholder: 'canonical name' },
  ...DATE_FIELDS,
  { name: 'site', label: 'Site' },
  { name: 'story', label: 'Story', placeholder: 's12' },
];

export function QuotesView(props: { params: URLSearchParams }) {
  const { params } = props;
  const { state, pager: pagerFor } = usePagedList('quotes', params, api.quotes, 'quotes');
  return (
    <section>
      <h1>Quotes by speaker</h1>
      <FilterBar view="quotes" params={params} fields={QUOTE_FILTERS} />
      <Async state={state}>
        {(page) => {
          const pager = pagerFor(page);
          return page.items.length === 0 ? (
            <Empty>No quotes match.</Empty>
          ) : (
            <>
              {pager}
              <p class="meta">
                <ExportLinks list="quotes" filters={paramsOf(params)} formats={['csv', 'json']} />
              </p>
              {groupBySpeaker(page.items).map(([speaker, quotes]) => (
                <section key={speaker} class="group">
                  <h2>
                    {speaker} <span class="meta">({quotes.length})</span>
                  </h2>
                  <ul class="quote-list">
                    {quotes.map((q, i) => (
                      <QuoteRow key={i} quote={q} />
                    ))}
                  </ul>
                </section>
              ))}
              {pager}
            </>
          );
        }}
      </Async>
    </section>
  );
}

const STORY_FILTERS: FilterField[] = [{ name: 'entity', label: 'Entity', placeholder: 'canonical name' }];

export function StoriesView(props: { params: URLSearchParams }) {
  const { params } = props;
  const { state, pager } = usePagedList('stories', params, api.stories, 'stories');
  return (
    <section>
      <h1>Stories</h1>
      <FilterBar view="stories" params={params} fields={STORY_FILTERS} />
      <Async state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              No stories yet: stories appear once the corpus layer groups articles about the same events.
            </Empty>
          ) : (
            <>
              {pager(page)}
              <ul class="cards">
                {page.items.map((s) => (
                  <li key={s.id} class="card story" data-testid="story">
                    <strong>
                      <a href={href(['story', s.id])} data-testid="story-link">
                        {s.title}
                      </a>
                    </strong>
                    <span class="meta">
                      {s.id} · {[s.from, s.to].filter(Boolean).join(' – ') || 'undated'} ·{' '}
                      <span data-testid="story-size">{count(s.articles.length)}</span>{' '}
                      {s.articles.length === 1 ? 'article' : 'articles'} ·{' '}
                      <a href={href([''], { story: s.id })}>list</a> ·{' '}
                      <a href={href(['timeline'], { story: s.id })}>events</a> ·{' '}
                      <a href={href(['quotes'], { story: s.id })}>quotes</a>
                    </span>
                    <ol class="members">
                      {s.members.map((m) => (
                        <li key={m.id}>
                          <ArticleRef id={m.id} title={m.title} source={m.source} published={m.published} />
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Async>
    </section>
  );
}
