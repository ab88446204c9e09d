import type { Meta } from '../../../doc/types.js';
import { NewsgraphError } from '../../../errors.js';
import { normalisePublished } from '../../../extract/index.js';
import { failed, itemName, type ItemOutcome } from '../../item-types.js';
import type { DecodedFile } from '../../types.js';
import { readAtom } from './atom.js';
import type { FeedEntry, FeedParse } from './entry.js';
import { readRss } from './rss.js';
import { parseXml } from './xml.js';

/** Feed formats tried in order; each returns undefined when the root element is not its own. */
const FEED_FORMATS = [readRss, readAtom] as const;

/** A tag in the body: then it is HTML and goes through extract, not plain text with tags left in. */
const HAS_TAG = /<\/?[a-z][a-z0-9]*[\s/>]/i;

/**
 * The articles of an RSS or Atom feed, one per item. A malformed or unknown document is one failure naming
 * the file; an item with no body is a failure naming the item, and the other items are still read.
 */
export function readFeedItems(file: DecodedFile): ItemOutcome[] {
  const parsed = parseXml(file.content);
  if (!parsed.ok)
    return [failed(file.name, new NewsgraphError('INPUT_BAD_FORMAT', file.name, parsed.reason))];
  let feed: FeedParse | undefined;
  for (const format of FEED_FORMATS) feed ??= format(parsed.root);
  if (!feed) {
    const root = Object.keys(parsed.root).find((k) => !k.startsWith('?')) ?? 'none';
    const reason = `not an RSS or Atom feed (root element <${root}>)`;
    return [failed(file.name, new NewsgraphError('INPUT_BAD_FORMAT', file.name, reason))];
  }
  if (feed.entries.length === 0) {
    return [failed(file.name, new NewsgraphError('INPUT_EMPTY', file.name, 'the feed has no items'))];
  }
  const site = feed.site;
  return feed.entries.map((entry, i) => entryInput(file, entry, `item ${i + 1}`, site));
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
