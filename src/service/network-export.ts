import { XMLBuilder } from 'fast-xml-parser';
import type { CorpusNetwork } from '../store/index.js';

/** The corpus network as a graph file: GraphML (yEd, Gephi, NetworkX) or GEXF 1.3 (Gephi), undirected. */
export type NetworkFormat = 'graphml' | 'gexf' | 'json';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  suppressEmptyNode: true,
});

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The node attributes both XML formats carry, with their GraphML/GEXF types. */
const NODE_KEYS = [
  ['name', 'string'],
  ['type', 'string'],
  ['articles', 'int'],
  ['mentions', 'int'],
] as const;

export function networkFile(network: CorpusNetwork, format: NetworkFormat): string {
  if (format === 'json') return `${JSON.stringify(network)}\n`;
  return XML_DECLARATION + builder.build(format === 'graphml' ? graphml(network) : gexf(network));
}

function graphml(network: CorpusNetwork): object {
  const keys = [
    ...NODE_KEYS.map(([name, type]) => ({
      '@id': name,
      '@for': 'node',
      '@attr.name': name,
      '@attr.type': type,
    })),
    { '@id': 'weight', '@for': 'edge', '@attr.name': 'weight', '@attr.type': 'int' },
    { '@id': 'kinds', '@for': 'edge', '@attr.name': 'kinds', '@attr.type': 'string' },
  ];
  return {
    graphml: {
      '@xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: keys,
      graph: {
        '@id': 'newsgraph',
        '@edgedefault': 'undirected',
        node: network.nodes.map((n) => ({
          '@id': n.id,
          data: NODE_KEYS.map(([key]) => ({ '@key': key, '#text': String(n[key]) })),
        })),
        edge: network.links.map((l, i) => ({
          '@id': `e${i}`,
          '@source': l.source,
          '@target': l.target,
          data: [
            { '@key': 'weight', '#text': String(l.weight) },
            { '@key': 'kinds', '#text': l.kinds.join(' ') },
          ],
        })),
      },
    },
  };
}

function gexf(network: CorpusNetwork): object {
  const attributes = NODE_KEYS.slice(1).map(([title, type], i) => ({
    '@id': String(i),
    '@title': title,
    '@type': type === 'int' ? 'integer' : type,
  }));
  return {
    gexf: {
      '@xmlns': 'http://gexf.net/1.3',
      '@version': '1.3',
      graph: {
        '@defaultedgetype': 'undirected',
        attributes: { '@class': 'node', attribute: attributes },
        nodes: {
          node: network.nodes.map((n) => ({
            '@id': n.id,
            '@label': n.name,
            attvalues: {
              attvalue: NODE_KEYS.slice(1).map(([key], i) => ({
                '@for': String(i),
                '@value': String(n[key]),
              })),
            },
          })),
        },
        edges: {
          edge: network.links.map((l, i) => ({
            '@id': String(i),
            '@source': l.source,
            '@target': l.target,
            '@weight': String(l.weight),
            '@label': l.kinds.join(' '),
          })),
        },
      },
    },
  };
}
