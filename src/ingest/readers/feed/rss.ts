import type { FeedParse } from './entry.js';
import { child, children, textOf, type XmlObject } from './xml.js';

/** RSS 2.0 (`<rss><channel><item>`) and RSS 1.0 / RDF (`<rdf:RDF><item>`). */
export function readRss(root: XmlObject): FeedParse | undefined {
  const rss = child(root, 'rss');
  const rdf = child(root, 'rdf:RDF');
  if (rss === undefined && rdf === undefined) return undefined;
  const channel = rss !== undefined ? child(rss, 'channel') : child(rdf, 'channel');
  const items = rss !== undefined ? children(channel, 'item') : children(rdf, 'item');
  const site = textOf(child(channel, 'title'));
  return {
    ...(site ? { site } : {}),
    entries: items.map((item) => {
      const title = textOf(child(item, 'title'));
      const link = textOf(child(item, 'link')) ?? permalinkGuid(item);
      const date = textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date'));
      const body = textOf(child(item, 'content:encoded')) ?? textOf(child(item, 'description'));
      return { title, link, date, body };
    }),
  };
}

/** A `<guid>` is a link unless it says `isPermaLink="false"`. */
function permalinkGuid(item: Parameters<typeof child>[0]): string | undefined {
  const guid = child(item, 'guid');
  const value = textOf(guid);
  const isPermaLink = typeof guid === 'object' && !Array.isArray(guid) ? guid['@_isPermaLink'] : undefined;
  return value && isPermaLink !== 'false' && /^https?:\/\//i.test(value) ? value : undefined;
}
