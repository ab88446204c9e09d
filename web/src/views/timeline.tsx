/** Events across stored articles, ordered by event time (falling back to the article's publication date). */
import { api, type ArticleSummary, type EventItem } from '../api.js';
import { Async, Empty, useAsync } from '../components/async.js';
import { sortByTime } from '../lib/timeline.js';
import { href } from '../router.js';

interface TimelineEvent extends EventItem {
  title?: string;
}

async function loadTimeline(): Promise<{ events: TimelineEvent[]; total: number }> {
  const [events, articles] = await Promise.all([api.events({ limit: 500 }), api.articles({ limit: 1000 })]);
  const byId = new Map<string, ArticleSummary>(articles.items.map((a) => [a.id, a]));
  const joined = events.items.map((e) => ({
    ...e,
    published: e.published ?? byId.get(e.articleId)?.published,
    title: byId.get(e.articleId)?.title,
  }));
  return { events: joined, total: events.total };
}

function cueText(cue: EventItem['cue']): string {
  return typeof cue === 'string' ? cue : cue.text;
}

export function TimelineView() {
  const state = useAsync(loadTimeline, []);
  return (
    <section>
      <h1>Timeline</h1>
      <Async state={state}>
        {({ events, total }) => {
          if (events.length === 0) return <Empty>No events yet.</Empty>;
          const sorted = sortByTime(events);
          return (
            <>
              <p class="meta">
                {events.length} of {total} events. Dates marked “published” are the article’s date: the text
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
                      <a href={href(['article', item.articleId])}>{item.title ?? item.articleId}</a>
                    </div>
                  </li>
                ))}
              </ol>
            </>
          );
        }}
      </Async>
    </section>
  );
}
