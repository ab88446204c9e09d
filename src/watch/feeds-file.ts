import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { NewsgraphError } from '../errors.js';
import { errorCode } from '../ingest/file.js';
import { isUrl } from '../ingest/index.js';
import { parseEvery } from './duration.js';

/** One feed to watch; `everySeconds` when the file gives its own interval. */
export interface FeedSpec {
  url: string;
  everySeconds?: number;
}

const OPML = /^\s*(<\?xml[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i;

/**
 * The feeds of a feeds file: OPML (what newsreaders export: every `<outline xmlUrl=…>`, its own interval in
 * an `every="5m"` attribute), or text, one URL a line with an optional `every=5m`, `#` comments. A bad line
 * or URL is an error naming the file and line, so a typo does not silently drop a feed.
 */
export function readFeedsFile(path: string): FeedSpec[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new NewsgraphError('INPUT_MISSING', path, undefined, { cause: error });
    throw new NewsgraphError('INPUT_UNREADABLE', path, code, { cause: error });
  }
  const feeds = OPML.test(content) ? opmlFeeds(path, content) : textFeeds(path, content);
  if (feeds.length === 0) throw new NewsgraphError('INPUT_EMPTY', path, 'no feed URLs in it');
  const unique = new Map(feeds.map((feed) => [feed.url, feed]));
  return [...unique.values()];
}

function textFeeds(path: string, content: string): FeedSpec[] {
  const feeds: FeedSpec[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const where = `${path} line ${index + 1}`;
    const [url, ...settings] = raw
      .replace(/\s#.*$|^\s*#.*$/, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (url === undefined) return;
    const feed: FeedSpec = { url: checkedUrl(url, where) };
    for (const setting of settings) {
      const every = /^every=(.+)$/i.exec(setting);
      if (!every)
        throw new NewsgraphError('INPUT_BAD_FORMAT', where, `unknown setting "${setting}" (every=15m)`);
      feed.everySeconds = parseEvery(every[1]!, where);
    }
    feeds.push(feed);
  });
  return feeds;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true, // the five XML entities (&amp; in URLs); a DOCTYPE declaring more is refused
  isArray: (name) => name === 'outline',
});

interface Outline {
  xmlUrl?: string;
  every?: string;
  outline?: Outline[];
}

function opmlFeeds(path: string, content: string): FeedSpec[] {
  if (/<!DOCTYPE[^>]*\[/i.test(content))
    throw new NewsgraphError(
      'INPUT_BAD_FORMAT',
      path,
      'its DOCTYPE declares entities; they are never expanded',
    );
  let parsed: { opml?: { body?: { outline?: Outline[] } } };
  try {
    parsed = parser.parse(content) as typeof parsed;
  } catch (error) {
    throw new NewsgraphError('INPUT_BAD_FORMAT', path, `malformed OPML: ${String(error)}`, { cause: error });
  }
  const feeds: FeedSpec[] = [];
  const visit = (outlines: Outline[] = []): void => {
    for (const outline of outlines) {
      if (typeof outline.xmlUrl === 'string') {
        const where = `${path} outline ${outline.xmlUrl}`;
        feeds.push({
          url: checkedUrl(outline.xmlUrl.trim(), where),
          ...(outline.every ? { everySeconds: parseEvery(outline.every, where) } : {}),
        });
      }
      visit(outline.outline);
    }
  };
  visit(parsed.opml?.body?.outline);
  return feeds;
}

function checkedUrl(url: string, where: string): string {
  if (!isUrl(url) || !URL.canParse(url))
    throw new NewsgraphError('INPUT_BAD_FORMAT', where, `not an http(s) URL: ${url}`);
  return url;
}
