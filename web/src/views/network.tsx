/** The entity network (co-occurrence in sentences, quote and event links) as an SVG force layout. */
import { Async, Empty, useAsync } from '../components/async.js';
import { layoutNetwork } from '../lib/layout.js';
import { CORPUS_VIEW_ARTICLES, loadDocs } from '../lib/load-docs.js';
import { buildNetwork, type Network } from '../lib/network.js';
import { href } from '../router.js';

const WIDTH = 900;
const HEIGHT = 620;

export function NetworkView(props: { articleId?: string }) {
  const state = useAsync(() => loadDocs(props.articleId), [props.articleId]);
  return (
    <section>
      <h1>Entity network</h1>
      <p class="meta">
        {props.articleId
          ? 'Entities in one article'
          : `Entities in the latest ${CORPUS_VIEW_ARTICLES} articles`}{' '}
        (40 most mentioned). Lines: thin grey = same sentence, solid blue = quote (speaker → entity named in
        the quote), thick dashed red = event (source → target).
      </p>
      {/* The graph keeps a readable size on phones and scrolls sideways in its own box. */}
      <div class="scroll-x" tabIndex={0} aria-label="Entity network (scrolls sideways)">
        <Async state={state}>{(docs) => <NetworkSvg network={buildNetwork(docs)} />}</Async>
      </div>
    </section>
  );
}

function NetworkSvg(props: { network: Network }) {
  const { network } = props;
  if (network.nodes.length === 0) return <Empty>No entities found.</Empty>;
  const nodes = layoutNetwork(network, WIDTH, HEIGHT);
  const at = new Map(nodes.map((n) => [n.id, n]));
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
            stroke-width={Math.min(5, 0.6 + l.weight * 0.4)}
          >
            <title>{`${a.name} — ${b.name}: ${l.kinds.join(', ')} (${l.weight})`}</title>
          </line>
        );
      })}
      {nodes.map((n) => (
        <a
          key={n.id}
          href={href(['entity', n.name])}
          class={`node node-${n.type}`}
          data-testid="network-node"
        >
          <circle cx={n.x} cy={n.y} r={5 + Math.min(12, Math.sqrt(n.mentions) * 2)}>
            <title>{`${n.name} (${n.type}), ${n.mentions} mentions`}</title>
          </circle>
          <text x={n.x} y={n.y - 10 - Math.min(12, Math.sqrt(n.mentions) * 2)} text-anchor="middle">
            {n.name}
          </text>
        </a>
      ))}
    </svg>
  );
}
