/** One story: its articles by title and source, a chart of how its coverage grew, its main entities. */
import { api } from '../api.js';
import { ArticleRef } from '../components/article-ref.js';
import { Async, useAsync } from '../components/async.js';
import { count } from '../lib/list-url.js';
import { articlesOverTime, type Bucket } from '../lib/over-time.js';
import { href } from '../router.js';

const CHART_W = 480;
const CHART_H = 160;
const PAD = 24;

export function StoryView(props: { id: string }) {
  const state = useAsync(
    () => Promise.all([api.story(props.id), api.network({ story: props.id, nodes: 12 })]),
    [props.id],
  );
  return (
    <section>
      <Async state={state}>
        {([story, network]) => (
          <>
            <h1>{story.title}</h1>
            <p class="meta">
              {story.id} · {[story.from, story.to].filter(Boolean).join(' – ') || 'undated'} ·{' '}
              {count(story.articles.length)} {story.articles.length === 1 ? 'article' : 'articles'} ·{' '}
              <a href={href(['timeline'], { story: story.id })}>events</a> ·{' '}
              <a href={href(['quotes'], { story: story.id })}>quotes</a> ·{' '}
              <a href={href(['map'], { story: story.id })}>map</a> ·{' '}
              <a href={href(['network'], { story: story.id })}>network</a>
            </p>
            <h2>Articles over time</h2>
            <OverTimeChart buckets={articlesOverTime(story.members.map((m) => m.published))} />
            <h2>Main entities</h2>
            <ul class="chips">
              {network.nodes
                .filter((n, i) => network.nodes.findIndex((m) => m.name === n.name) === i)
                .map((n) => (
                  <li key={n.id}>
                    <a href={href(['entity', n.name])}>{n.name}</a> <span class="meta">{n.articles}</span>
                  </li>
                ))}
            </ul>
            <h2>Articles ({count(story.members.length)})</h2>
            <ol class="ref-list" data-testid="story-articles">
              {story.members.map((m) => (
                <li key={m.id}>
                  <ArticleRef id={m.id} title={m.title} source={m.source} published={m.published} />
                </li>
              ))}
            </ol>
          </>
        )}
      </Async>
    </section>
  );
}

/** Bars of articles per day (or month), the count over each bar, first and last dates below. */
function OverTimeChart(props: { buckets: Bucket[] }) {
  const { buckets } = props;
  if (buckets.length === 0) return <p class="meta">No publication dates.</p>;
  const max = Math.max(...buckets.map((b) => b.count));
  const step = (CHART_W - 2 * PAD) / buckets.length;
  // A bar at most 40 px wide, centred in its step: one day's story is a bar, not a block.
  const barW = Math.min(40, Math.max(2, step * 0.8));
  const x = (i: number): number => PAD + i * step + (step - barW) / 2;
  const h = (n: number): number => (n / max) * (CHART_H - 2 * PAD);
  return (
    <svg
      class="chart"
      data-testid="story-chart"
      viewBox={`0 0 ${CHART_W} ${CHART_H}`}
      role="img"
      aria-label={`Articles per ${buckets[0]!.label.length === 7 ? 'month' : 'day'}, ${buckets[0]!.label} to ${buckets.at(-1)!.label}`}
    >
      {buckets.map((b, i) => (
        <g key={b.label}>
          <rect x={x(i)} y={CHART_H - PAD - h(b.count)} width={barW} height={h(b.count)}>
            <title>{`${b.label}: ${b.count}`}</title>
          </rect>
          {b.count > 0 && buckets.length <= 40 && (
            <text x={x(i) + barW / 2} y={CHART_H - PAD - h(b.count) - 3} text-anchor="middle">
              {b.count}
            </text>
          )}
        </g>
      ))}
      <text x={PAD} y={CHART_H - 6}>
        {buckets[0]!.label}
      </text>
      {buckets.length > 1 && (
        <text x={CHART_W - PAD} y={CHART_H - 6} text-anchor="end">
          {buckets.at(-1)!.label}
        </text>
      )}
    </svg>
  );
}
