import type { FeedParse } from './entry.js';
import { attribute, child, children, markupOf, textOf, type XmlNode, type XmlObject } from './xml.js';

/** Atom 1.0 (`<feed><entry>`). */
export function readAtom(root: XmlObject): FeedParse | undefined {
  const feed = child(root, 'feed');
  if (feed === undefined) return undefined;
  const site = textOf(child(feed, 'title'));
  return {
    ...(site ? { site } : {}),
    entries: children(feed, 'entry').map((entry) => ({
      title: textOf(child(entry, 'title')),
      link: alternateLink(entry),
      date: textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated')),
      body: contentOf(child(entry, 'content')) ?? contentOf(child(entry, 'summary')),
    })),
  };
}

/** The `rel="alternate"` link (the default rel), i.e. the article page. */
function alternateLink(entry: XmlNode): string | undefined {
  const links = children(entry, 'link');
  const alternate = links.find((l) => (attribute(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attribute(alternate, 'href') ?? textOf(alternate);
}

/** `type="xhtml"` content is child elements, not text: serialise them back to markup. */
function contentOf(node: XmlNode | undefined): string | undefined {
  return attribute(node, 'type') === 'xhtml' ? markupOf(node) : textOf(node);
}
