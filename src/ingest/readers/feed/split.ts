/**
 * Cuts a feed into its items before any XML parsing, so each item is parsed on its own: one broken item
 * (an unclosed CDATA section or tag, too deep nesting) is one failure and the items around it are still
 * read. A single linear scan: CDATA sections and comments are skipped so an `</item>` inside them does not
 * end an item, and where one never closes, the item ends at the next `</item>` as written.
 */

/** One item's markup and where it starts in the file (1-based), for messages. */
export interface FeedFragment {
  xml: string;
  line: number;
  column: number;
}

export interface FeedSplit {
  /** The root element's name (`rss`, `feed`, `rdf:RDF`, anything else), or undefined when there is none. */
  root?: string;
  /** The DOCTYPE has an internal subset (entity declarations): hostile or not, never expanded. */
  declaresEntities: boolean;
  /** From the root element to the first item: holds the channel's or feed's title. */
  head: string;
  items: FeedFragment[];
}

/** The element each kind of feed repeats. */
const ITEM_TAG: Readonly<Record<string, string>> = { rss: 'item', 'rdf:RDF': 'item', feed: 'entry' };

const PROLOGUE_PART = /^\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/;
const DOCTYPE = /^\s*<!DOCTYPE\b[^[>]*(\[)?/i;
const ROOT = /^\s*<([A-Za-z_][\w:.-]*)/;

export function splitFeed(content: string): FeedSplit {
  const { rest, offset, declaresEntities } = skipPrologue(content.replace(/^\uFEFF/, ''));
  const shift = content.startsWith('\uFEFF') ? 1 : 0;
  const root = ROOT.exec(rest)?.[1];
  const tag = root ? ITEM_TAG[root] : undefined;
  if (!root || !tag) return { ...(root ? { root } : {}), declaresEntities, head: '', items: [] };
  const { head, items } = scanItems(content, offset + shift, tag);
  return { root, declaresEntities, head, items };
}

/** Skips the XML declaration, comments, processing instructions and the DOCTYPE (noting an internal subset). */
function skipPrologue(content: string): { rest: string; offset: number; declaresEntities: boolean } {
  let offset = 0;
  let declaresEntities = false;
  for (;;) {
    const rest = content.slice(offset);
    const part = PROLOGUE_PART.exec(rest);
    if (part) {
      offset += part[0].length;
      continue;
    }
    const doctype = DOCTYPE.exec(rest);
    if (!doctype) return { rest, offset, declaresEntities };
    declaresEntities ||= doctype[1] !== undefined;
    // With an internal subset the DOCTYPE ends at `]>`; without one, at the first `>`.
    const end = doctype[1] ? rest.indexOf(']>', doctype[0].length) : rest.indexOf('>', doctype[0].length);
    if (end < 0) return { rest: '', offset: content.length, declaresEntities };
    offset += end + (doctype[1] ? 2 : 1);
  }
}

/** Finds every `<tag …>…</tag>` after `from`, line and column kept as it goes. */
function scanItems(content: string, from: number, tag: string): { head: string; items: FeedFragment[] } {
  const items: FeedFragment[] = [];
  const open = new RegExp(`^<${tag.replace(':', '\\:')}[\\s/>]`);
  const close = `</${tag}`;
  const lines = new LineCounter(content);
  let head: string | undefined;
  let start = -1; // where the current item began, -1 outside an item
  const finish = (end: number): void => {
    items.push({ xml: content.slice(start, end), ...lines.at(start) });
    start = -1;
  };
  for (let at = content.indexOf('<', from); at >= 0; at = content.indexOf('<', at + 1)) {
    const skipped = skipOpaque(content, at);
    if (skipped === undefined) {
      // A CDATA section or comment that never closes: the item ends where its end tag is written.
      if (start < 0) break;
      const end = content.indexOf(close, at);
      if (end < 0) break;
      at = endOfTag(content, end);
      finish(at + 1);
      continue;
    }
    if (skipped > at) {
      at = skipped - 1;
      continue;
    }
    if (open.test(content.slice(at, at + tag.length + 2))) {
      head ??= content.slice(from, at);
      if (start >= 0) finish(at); // an item left open: it ends where the next begins
      start = at;
      if (content[endOfTag(content, at) - 1] === '/') finish(endOfTag(content, at) + 1);
    } else if (start >= 0 && content.startsWith(close, at)) {
      at = endOfTag(content, at);
      finish(at + 1);
    }
  }
  if (start >= 0) finish(content.length);
  return { head: head ?? content.slice(from), items };
}

/** Past a CDATA section or comment starting at `at`; `at` itself when none starts there; undefined when unclosed. */
function skipOpaque(content: string, at: number): number | undefined {
  for (const [begin, end] of [
    ['<![CDATA[', ']]>'],
    ['<!--', '-->'],
  ] as const) {
    if (!content.startsWith(begin, at)) continue;
    const stop = content.indexOf(end, at + begin.length);
    return stop < 0 ? undefined : stop + end.length;
  }
  return at;
}

/** The index of the `>` closing the tag that starts at `at` (the end of the content when there is none). */
function endOfTag(content: string, at: number): number {
  const end = content.indexOf('>', at);
  return end < 0 ? content.length - 1 : end;
}

/** Line and column of increasing offsets, counting each newline once. */
class LineCounter {
  private line = 1;
  private lineStart = 0;
  private counted = 0;

  constructor(private readonly content: string) {}

  at(offset: number): { line: number; column: number } {
    for (
      let i = this.content.indexOf('\n', this.counted);
      i >= 0 && i < offset;
      i = this.content.indexOf('\n', i + 1)
    ) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.counted = Math.max(this.counted, offset);
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
