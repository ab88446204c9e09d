import type { FeedEntry } from './entry.js';
import { attribute, child, children, markupOf, textOf, type XmlNode } from './xml.js';

/** One Atom 1.0 `<entry>`, parsed on its own. */
export function atomEntry(entry: XmlNode | undefined): FeedEntry {
  return {
    title: textOf(child(entry, 'title')),
    link: alternateLink(entry),
    id: textOf(child(entry, 'id')),
    date: textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated')),
    body: contentOf(child(entry, 'content')) ?? contentOf(child(entry, 'summary')),
  };
}

/** The `rel="alternate"` link (the default rel), i.e. the article page. */
function alternateLink(entry: XmlNode | undefined): string | undefined {
  const links = children(entry, 'link');
  const alternate = links.find((l) => (attribute(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attribute(alternate, 'href') ?? textOf(alternate);
}

/** `type="xhtml"` content is child elements, not text: serialise them back to markup. */
function contentOf(node: XmlNode | undefined): string | undefined {
  return attribute(node, 'type') === 'xhtml' ? markupOf(node) : textOf(node);
}
