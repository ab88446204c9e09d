import type { FeedEntry } from './entry.js';
import { child, textOf, type XmlNode } from './xml.js';

/** One RSS 2.0 or RSS 1.0 (RDF) `<item>`, parsed on its own. */
export function rssEntry(item: XmlNode | undefined): FeedEntry {
  const title = textOf(child(item, 'title'));
  const link = textOf(child(item, 'link')) ?? permalinkGuid(item);
  const date = textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date'));
  const body = textOf(child(item, 'content:encoded')) ?? textOf(child(item, 'description'));
  return { title, link, id: textOf(child(item, 'guid')), date, body };
}

/** A `<guid>` is a link unless it says `isPermaLink="false"`. */
function permalinkGuid(item: XmlNode | undefined): string | undefined {
  const guid = child(item, 'guid');
  const value = textOf(guid);
  const isPermaLink = typeof guid === 'object' && !Array.isArray(guid) ? guid['@_isPermaLink'] : undefined;
  return value && isPermaLink !== 'false' && /^https?:\/\//i.test(value) ? value : undefined;
}
