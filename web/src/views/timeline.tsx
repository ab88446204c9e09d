/** Events across stored articles, a page at a time, ordered by event time (else the article's date). */
import { api, type EventItem } from '../api.js';
import { ArticleRef } from '../components/article-ref.js';
import { Async, Empty } from '../components/async.js';
import { DATE_FIELDS, FilterBar, type FilterField } from '../components/filters.js';
import { ExportLinks } from '../components/export-links.js';
import { paramsOf } from '../lib/list-url.js';
import { usePagedList } from '../components/pager.js';
import { sortByTime } from '../lib/timeline.js';

const EVENT_FILTERS: FilterField[] = [
  ...DATE_FIELDS,
  { name: 'actor', label: 'Entity', placeholder: 'source or target' },
  { name: 'type', label: 'Event type', placeholder: 'CONSULT' },
  { name: 'place', label: 'Place' },
  { name: 'site', label: 'Site' },
  { name: 'story', label: 'Story', placeholder: 's12' },
];

function cueText(cue: EventItem['cue']): string {
  return typeof cue === 'string' ? cue : cue.text;
}

export function TimelineView(props: { params: URLSearchParams }) {
  const { params } = props;
  const { state, pager: pagerFor } = usePagedList('timeline', params, api.events, 'events');
  return (
    <section>
      <h1>Timeline</h1>
      <FilterBar view="timeline" params={params} fields={EVENT_FILTERS} />
      <Async state={state}>
        {(page) => {
          if (page.items.length === 0) return <Empty>No events match.</Empty>;
          const sorted = sortByTime(page.items);
          const pager = pagerFor(page);
          return (
            <>
              {pager}
              <p class="meta">
                <ExportLinks
                  list="event-mentions"
                  filters={paramsOf(params)}
                  formats={['csv', 'json', 'geojson']}
                />
              </p>
              <p class="meta">
                Newest articles first; within a page by date. “published” marks the article’s date: the text
                gave the event none.
              </p>
              <ol class="timeline">
                {sorted.map(({ item, key }, i) => (
                  <li key={i} class={key.fallback ? 'fallback' : ''}>
                    <time class="when">
                      {key.date}
                      {key.fallback && <span class="tag">published</span>}
                    </time>
                    <div class="what">
                      <span class="tag">{item.type}</span> {item.source ?? '?'} → {item.target ?? '?'}{' '}
                      <em>“{cueText(item.cue)}”</em>
                      {item.place && <span class="meta"> · {item.place}</span>}
                      {item.negated && <span class="tag">negated</span>}
                      {item.hypothetical && <span class="tag">hypothetical</span>}
                      <div class="snippet">{item.text}</div>
                      <ArticleRef id={item.articleId} title={item.articleTitle} source={item.articleSource} />
                    </div>
                  </li>
                ))}
              </ol>
              {pager}
            </>
          );
        }}
      </Async>
    </section>
  );
}
