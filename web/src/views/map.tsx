/** A world map (Natural Earth countries, equirectangular) with one marker per place. */
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { Async, Empty, useAsync } from '../components/async.js';
import { CORPUS_VIEW_ARTICLES, loadDocs } from '../lib/load-docs.js';
import { groupPlaces } from '../lib/places.js';
import { href } from '../router.js';

const WIDTH = 960;
const HEIGHT = 480;
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries);
const projection = geoEquirectangular().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
const path = geoPath(projection);
const countryPaths = land.features.map((f) => path(f) ?? '');

export function MapView(props: { articleId?: string }) {
  const state = useAsync(() => loadDocs(props.articleId), [props.articleId]);
  return (
    <section>
      <h1>Map</h1>
      <p class="meta">
        {props.articleId ? (
          <>
            Places in <a href={href(['article', props.articleId])}>one article</a> ·{' '}
            <a href={href(['map'])}>all</a>
          </>
        ) : (
          `Places in the latest ${CORPUS_VIEW_ARTICLES} articles`
        )}
      </p>
      <Async state={state}>
        {(docs) => {
          const places = groupPlaces(docs);
          if (places.length === 0) return <Empty>No places found.</Empty>;
          return (
            <>
              <svg
                class="map"
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                role="img"
                aria-label={`World map with ${places.length} places`}
              >
                <rect class="sea" width={WIDTH} height={HEIGHT} />
                {countryPaths.map((d, i) => (
                  <path key={i} class="country" d={d} />
                ))}
                {places.map((p) => {
                  const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
                  const title = `${p.name}${p.country ? `, ${p.country}` : ''} — ${p.mentions} mention${p.mentions === 1 ? '' : 's'} in ${p.articles.size} article${p.articles.size === 1 ? '' : 's'}`;
                  return (
                    <a
                      key={p.key}
                      href={href(['article', [...p.articles][0]!], { span: `${p.start}-${p.end}` })}
                      aria-label={title}
                    >
                      <circle
                        data-testid="map-marker"
                        class="marker"
                        cx={x}
                        cy={y}
                        r={3 + Math.min(6, Math.sqrt(p.mentions) * 1.5)}
                      >
                        <title>{title}</title>
                      </circle>
                    </a>
                  );
                })}
              </svg>
              <ul class="chips">
                {places.map((p) => (
                  <li key={p.key}>
                    {p.name} <span class="meta">×{p.mentions}</span>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Async>
    </section>
  );
}
