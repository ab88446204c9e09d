import type { Meta } from '../../../doc/types.js';
import { NewsgraphError } from '../../../errors.js';
import { normalisePublished } from '../../../extract/index.js';
import { failed, itemName, type ItemOutcome } from '../../item-types.js';
import type { DecodedFile } from '../../types.js';
import { atomEntry } from './atom.js';
import type { FeedEntry } from './entry.js';
import { rssEntry } from './rss.js';
import { splitFeed, type FeedFragment } from './split.js';
import { child, parseXml, textOf, type XmlNode } from './xml.js';

/** A tag in the body: then it is HTML and goes through extract, not plain text with tags left in. */
const HAS_TAG = /<\/?[a-z][a-z0-9]*[\s/>]/i;
/** An entity declaration inside an item: refused, never expanded. */
const DECLARATION = /<!(DOCTYPE|ENTITY)\b/i;
const SITE_TITLE = /<title\b[\s\S]*?<\/title\s*>/;

/**
 * The articles of an RSS or Atom feed, one per item. The feed is cut into items first and each item parsed
 * on its own (`splitFeed`), so a broken item is a failure naming it (`feed.rss item 2`) and the others are
 * still read. Entities are never expanded: a DOCTYPE that declares any makes the whole feed bad content,
 * and an undeclared reference stays as written. An unknown document is one failure naming the file.
 */
export function readFeedItems(file: DecodedFile): ItemOutcome[] {
  const split = splitFeed(file.content);
  const bad = (reason: string): ItemOutcome[] => [
    failed(file.name, new NewsgraphError('INPUT_BAD_FORMAT', file.name, reason)),
  ];
  if (split.declaresEntities)
    return bad('its DOCTYPE declares entities (external or internal); they are never expanded');
  if (!split.root) return bad('malformed XML: no root element');
  const read = entryReader(split.root);
  if (!read) return bad(`not an RSS or Atom feed (root element <${split.root}>)`);
  if (split.items.length === 0)
    return [failed(file.name, new NewsgraphError('INPUT_EMPTY', file.name, 'the feed has no items'))];
  const site = siteTitle(split.head);
  return split.items.map((fragment, i) => {
    const name = itemName(file.name, `item ${i + 1}`);
    const entry = parseItem(fragment, name, read);
    return entry instanceof NewsgraphError
      ? failed(name, entry)
      : entryInput(file, entry, `item ${i + 1}`, site);
  });
}

/** How one item of a feed with this root element is read: Atom entries or RSS items (undefined: no feed). */
export function entryReader(
  root: string | undefined,
): ((node: XmlNode | undefined) => FeedEntry) | undefined {
  if (root === 'feed') return atomEntry;
  return root === 'rss' || root === 'rdf:RDF' ? rssEntry : undefined;
}

/** One item parsed alone; bad content naming the item (and the file's line) when it is not well formed. */
export function parseItem(
  fragment: FeedFragment,
  name: string,
  read: (node: Parameters<typeof rssEntry>[0]) => FeedEntry,
): FeedEntry | NewsgraphError {
  if (DECLARATION.test(fragment.xml))
    return new NewsgraphError('INPUT_BAD_FORMAT', name, 'declares entities; they are never expanded');
  if (fragment.xml.lastIndexOf('<![CDATA[') > fragment.xml.lastIndexOf(']]>'))
    return new NewsgraphError(
      'INPUT_BAD_FORMAT',
      name,
      `a CDATA section never closes (item at line ${fragment.line})`,
    );
  try {
    const parsed = parseXml(fragment.xml, fragment);
    if (!parsed.ok) return new NewsgraphError('INPUT_BAD_FORMAT', name, parsed.reason);
    const [node] = Object.values(parsed.root);
    return read(Array.isArray(node) ? node[0] : node);
  } catch (error) {
    // The parser's own limits (nesting depth): the item is bad content, not a fault of ours.
    const reason = error instanceof Error ? error.message : String(error);
    return new NewsgraphError('INPUT_BAD_FORMAT', name, `malformed XML at line ${fragment.line}: ${reason}`);
  }
}

/** The channel's (RSS) or feed's (Atom) title: the first `<title>` before the first item. */
function siteTitle(head: string): string | undefined {
  const markup = SITE_TITLE.exec(head)?.[0];
  if (!markup) return undefined;
  try {
    const parsed = parseXml(markup);
    return parsed.ok ? textOf(child(parsed.root, 'title')) : undefined;
  } catch {
    return undefined;
  }
}

function entryInput(file: DecodedFile, entry: FeedEntry, item: string, site?: string): ItemOutcome {
  const name = itemName(file.name, item);
  if (!entry.body) return failed(name, new NewsgraphError('INPUT_EMPTY', name, 'no content or summary'));
  const published = normalisePublished(entry.date);
  const meta: Meta = {
    ...(entry.title ? { title: entry.title } : {}),
    ...(published ? { published } : {}),
    ...(site ? { site } : {}),
  };
  const notes = entry.date && !published ? [`unreadable date "${entry.date}" ignored`] : [];
  return {
    ok: true,
    input: {
      kind: 'feed',
      // Wrapped so extract always treats it as a page, whichever tags the fragment happens to use.
      content: HAS_TAG.test(entry.body) ? `<html><body>${entry.body}</body></html>` : entry.body,
      ...(entry.link ? { uri: entry.link } : {}),
      meta,
      path: file.name,
      item,
      encoding: file.encoding,
      notes,
    },
  };
}
