/**
 * The entity network as an SVG force layout: over every stored article (or the URL's filters) the
 * entities in most articles, linked when named in the same article or as an event's source and target;
 * for one article (`?article=`), its entities linked by sentence, quote and event.
 */
import { api } from '../api.js';
import { Async, Empty, useAsync } from '../components/async.js';
import { ExportLinks } from '../components/export-links.js';
import { FilterBar } from '../components/filters.js';
import { placeLabels } from '../lib/labels.js';
import { layoutNetwork } from '../lib/layout.js';
import { loadDocs } from '../lib/load-docs.js';
import { buildNetwork, type Network } from '../lib/network.js';
import { href } from '../router.js';
import { corpusFilters, CORPUS_FILTERS } from './map.js';

const WIDTH = 900;
const HEIGHT = 620;

/** Node colours by entity type (styles.css), in the key's order. */
const NODE_KEY: [string, string][] = [
  ['PERSON', 'person'],
  ['ORG', 'organisation'],
  ['GPE', 'country, city or region'],
  ['OTHER', 'other (event, product, group…)'],
];

export function NetworkView(props: { params: URLSearchParams }) {
  const article = props.params.get('article') ?? undefined;
  const filters = corpusFilters(props.params);
  const state = useAsync(
    () =>
      article
        ? loadDocs(article).then((docs) => buildNetwork(docs))
        : api.network(filters).then((n): Network => n),
    [article, JSON.stringify(filters)],
  );
  return (
    <section>
      <h1>Entity network</h1>
      {article ? (
        <p class="meta">
          Entities in <a href={href(['article', article])}>one article</a> (40 most mentioned) ·{' '}
          <a href={href(['network'])}>all articles</a>
        </p>
      ) : (
        <>
          <FilterBar view="network" params={props.params} fields={CORPUS_FILTERS} />
          <p class="meta">
            The 40 entities named in most articles.{' '}
            <ExportLinks list="network" filters={filters} formats={['graphml', 'gexf']} />
          </p>
        </>
      )}
      <NetworkKey corpus={!article} />
      {/* The graph keeps a readable size on phones and scrolls sideways in its own box. */}
      <div class="scroll-x" tabIndex={0} aria-label="Entity network (scrolls sideways)">
        <Async state={state}>{(network) => <NetworkSvg network={network} />}</Async>
      </div>
    </section>
  );
}

function NetworkKey(props: { corpus: boolean }) {
  return (
    <ul class="network-key" data-testid="network-key" aria-label="Key">
      {NODE_KEY.map(([type, label]) => (
        <li key={type}>
          <svg width="14" height="14" aria-hidden="true" class={`node node-${type}`}>
            <circle cx="7" cy="7" r="6" />
          </svg>{' '}
          {label}
        </li>
      ))}
      <li>
        <span class="key-line link-sentence" /> {props.corpus ? 'same article' : 'same sentence'}
      </li>
      {!props.corpus && (
        <li>
          <span class="key-line link-quote" /> quote (speaker → entity named)
        </li>
      )}
      <li>
        <span class="key-line link-event" /> event (source → target)
      </li>
      <li>circle size: {props.corpus ? 'articles' : 'mentions'}; click a name for its page</li>
    </ul>
  );
}

const size = (n: { mentions: number; articles?: number }): number =>
  5 + Math.min(12, Math.sqrt(n.articles ?? n.mentions) * 2);

function NetworkSvg(props: { network: Network }) {
  const { network } = props;
  if (network.nodes.length === 0) return <Empty>No entities found.</Empty>;
  const nodes = layoutNetwork(network, WIDTH, HEIGHT);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const labels = new Map(
    placeLabels(
      nodes.map((n) => ({ id: n.id, name: n.name, x: n.x, y: n.y, r: size(n) })),
      WIDTH,
      HEIGHT,
    ).map((l) => [l.id, l]),
  );
  return (
    <svg
      class="network"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Network of ${nodes.length} entities`}
    >
      {network.links.map((l) => {
        const a = at.get(l.source)!;
        const b = at.get(l.target)!;
        const kind = l.kinds.includes('event') ? 'event' : l.kinds.includes('quote') ? 'quote' : 'sentence';
        return (
          <line
            key={`${l.source}|${l.target}`}
            class={`link link-${kind}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            stroke-width={Math.min(5, 0.6 + Math.sqrt(l.weight) * 0.5)}
          >
            <title>{`${a.name} — ${b.name}: ${l.kinds.join(', ')} (${l.weight})`}</title>
          </line>
        );
      })}
      {nodes.map((n) => {
        const label = labels.get(n.id);
        return (
          <a
            key={n.id}
            href={href(['entity', n.name])}
            class={`node node-${nodeClass(n.type)}`}
            data-testid="network-node"
          >
            <circle cx={n.x} cy={n.y} r={size(n)}>
              <title>{`${n.name} (${n.type}), ${n.mentions} mentions`}</title>
            </circle>
            {label && (
              <text x={label.x} y={label.y} text-anchor={label.anchor}>
                {n.name}
              </text>
            )}
          </a>
        );
      })}
    </svg>
  );
}

const nodeClass = (type: string): string =>
  type === 'PERSON' || type === 'ORG' ? type : type === 'GPE' || type === 'LOC' ? 'GPE' : 'OTHER';
