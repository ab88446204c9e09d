/**
 * A world map (Natural Earth countries, equirectangular) with one marker per place name over every stored
 * article (or the URL's filters, or one article). A marker's size and number say how many articles name
 * the place; choosing it (`?place=`) lists those articles below the map.
 */
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { api, type PlaceItem } from '../api.js';
import { ArticleRef } from '../components/article-ref.js';
import { Async, Empty, useAsync } from '../components/async.js';
import { ExportLinks } from '../components/export-links.js';
import { DATE_FIELDS, FilterBar, type FilterField } from '../components/filters.js';
import { loadDocs } from '../lib/load-docs.js';
import { count, linkWith, paramsOf } from '../lib/list-url.js';
import { groupPlaces } from '../lib/places.js';
import { href } from '../router.js';

const WIDTH = 960;
const HEIGHT = 480;
/** Places drawn at most: the API's largest page. */
const MAX_PLACES = 1000;
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries);
const projection = geoEquirectangular().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
const path = geoPath(projection);
const countryPaths = land.features.map((f) => path(f) ?? '');

export const CORPUS_FILTERS: FilterField[] = [
  { name: 'entity', label: 'Entity', placeholder: 'canonical name' },
  ...DATE_FIELDS,
  { name: 'site', label: 'Site' },
  { name: 'story', label: 'Story', placeholder: 's12' },
];

/** The URL's corpus filters (what the places and network routes take), nothing else. */
export function corpusFilters(params: URLSearchParams): Record<string, string> {
  const all = paramsOf(params);
  return Object.fromEntries(CORPUS_FILTERS.filter((f) => all[f.name]).map((f) => [f.name, all[f.name]!]));
}

const radius = (articles: number): number => 4 + Math.min(14, Math.sqrt(articles) * 2.2);

export function MapView(props: { params: URLSearchParams }) {
  const article = props.params.get('article') ?? undefined;
  return article ? <ArticleMap articleId={article} /> : <CorpusMap params={props.params} />;
}

function CorpusMap(props: { params: URLSearchParams }) {
  const { params } = props;
  const filters = corpusFilters(params);
  const chosen = params.get('place') ?? undefined;
  const state = useAsync(() => api.places({ ...filters, limit: MAX_PLACES }), [JSON.stringify(filters)]);
  const link = (p: PlaceItem): string => linkWith('map', params, { place: p.name });
  return (
    <section>
      <h1>Map</h1>
      <FilterBar view="map" params={params} fields={CORPUS_FILTERS} />
      <Async state={state}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No places found.</Empty>
          ) : (
            <>
              <p class="meta" data-testid="page-count">
                {count(page.items.length)} of {count(page.total)} places ·{' '}
                <ExportLinks list="places" filters={filters} formats={['csv', 'geojson']} />
              </p>
              <MapKey />
              {chosen && <PlaceArticles name={chosen} filters={filters} params={params} />}
              <MapSvg places={page.items} link={link} chosen={chosen} />
              <h2>Places in most articles</h2>
              <ul class="chips">
                {page.items.slice(0, 60).map((p) => (
                  <li key={p.name}>
                    <a href={link(p)}>{p.name}</a> <span class="meta">{count(p.articles)}</span>
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

function MapKey() {
  return (
    <p class="map-key" data-testid="map-key">
      <svg width="56" height="32" aria-hidden="true">
        <circle class="marker" cx="10" cy="16" r={radius(1)} />
        <circle class="marker" cx="38" cy="16" r={radius(10)} />
      </svg>
      A marker is a place; its size and number are the articles naming it. Choose one to list them.
    </p>
  );
}

function MapSvg(props: { places: PlaceItem[]; link: (p: PlaceItem) => string; chosen?: string }) {
  // Largest last, on top: where markers crowd (a corpus of British news on Britain), the places in most
  // articles stay clickable; the ones under them are in the list below the map.
  const places = [...props.places].sort((a, b) => a.articles - b.articles);
  return (
    <div class="scroll-x" tabIndex={0} aria-label="World map (scrolls sideways on small screens)">
      <svg class="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="World map of places">
        <rect class="sea" width={WIDTH} height={HEIGHT} />
        {countryPaths.map((d, i) => (
          <path key={i} class="country" d={d} />
        ))}
        {places.map((p) => {
          const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
          const r = radius(p.articles);
          const title = `${p.name}${p.country ? `, ${p.country}` : ''}: ${p.articles} article${p.articles === 1 ? '' : 's'}, ${p.mentions} mention${p.mentions === 1 ? '' : 's'}`;
          return (
            <a key={`${p.name}@${p.lat},${p.lon}`} href={props.link(p)} aria-label={title}>
              <circle
                data-testid="map-marker"
                data-count={p.articles}
                data-place={p.name}
                class={`marker${props.chosen === p.name ? ' chosen' : ''}`}
                cx={x}
                cy={y}
                r={r}
              >
                <title>{title}</title>
              </circle>
              {r >= 9 && (
                <text class="marker-count" x={x} y={y + 4} text-anchor="middle" aria-hidden="true">
                  {p.articles}
                </text>
              )}
            </a>
          );
        })}
      </svg>
    </div>
  );
}

/** The articles naming the chosen place, under the same filters as the map. */
function PlaceArticles(props: { name: string; filters: Record<string, string>; params: URLSearchParams }) {
  const { name, filters } = props;
  const query = { ...filters, place: name };
  const state = useAsync(() => api.articles({ ...query, limit: 1000 }), [JSON.stringify(query)]);
  return (
    <section class="place-articles" aria-live="polite">
      <Async state={state}>
        {(page) => (
          <>
            <h2>
              {name}: {count(page.total)} {page.total === 1 ? 'article' : 'articles'}{' '}
              <a class="meta" href={linkWith('map', props.params, { place: undefined })}>
                close
              </a>
            </h2>
            <ol class="ref-list" data-testid="place-articles">
              {page.items.map((a) => (
                <li key={a.id} data-testid="place-article">
                  <ArticleRef id={a.id} title={a.title} source={a.source} published={a.published} />
                </li>
              ))}
            </ol>
            <a href={href([''], query)}>As a list with filters</a>
          </>
        )}
      </Async>
    </section>
  );
}

/** One article's places, each marker linking to its first mention. */
function ArticleMap(props: { articleId: string }) {
  const state = useAsync(() => loadDocs(props.articleId), [props.articleId]);
  return (
    <section>
      <h1>Map</h1>
      <p class="meta">
        Places in <a href={href(['article', props.articleId])}>one article</a> ·{' '}
        <a href={href(['map'])}>all articles</a>
      </p>
      <Async state={state}>
        {(docs) => {
          const groups = groupPlaces(docs);
          if (groups.length === 0) return <Empty>No places found.</Empty>;
          const places = groups.map((g) => ({ ...g, articles: 1 }));
          const spans = new Map(groups.map((g) => [g.name, `${g.start}-${g.end}`]));
          const link = (p: PlaceItem): string =>
            href(['article', props.articleId], { span: spans.get(p.name) });
          return <MapSvg places={places} link={link} />;
        }}
      </Async>
    </section>
  );
}
