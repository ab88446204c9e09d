/**
 * How an input holds its articles: one per file (text, HTML) or many (feed, WARC, JSONL). The file name
 * decides first (longest matching suffix); a name that says nothing is decided by the first bytes.
 */
export type ContainerKind = 'single' | 'feed' | 'warc' | 'jsonl';

/** File-name suffixes (lower case) and the kind they mean. Compound suffixes are matched whole. */
export const CONTAINER_SUFFIXES: readonly (readonly [suffix: string, kind: ContainerKind])[] = [
  ['.txt', 'single'],
  ['.html', 'single'],
  ['.htm', 'single'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
  ['.warc', 'warc'],
  ['.warc.gz', 'warc'],
  ['.jsonl', 'jsonl'],
  ['.jsonl.gz', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.ndjson.gz', 'jsonl'],
];

/** The kind a file name says, or undefined when its suffix is not one we know. */
export function kindByName(name: string): ContainerKind | undefined {
  const lower = name.toLowerCase();
  let best: readonly [string, ContainerKind] | undefined;
  for (const entry of CONTAINER_SUFFIXES) {
    if (lower.endsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1];
}

const WARC_START = /^WARC\/\d/;
/** A feed's root element, after an optional XML declaration, comments and processing instructions. */
const FEED_START = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/;
/** A JSON object that opens with a key: no article starts like this. */
const JSONL_START = /^\uFEFF?\s*\{\s*"/;

/** The kind the first (decompressed) bytes of an input look like; plain text or HTML when nothing else. */
export function kindByContent(head: string): ContainerKind {
  if (WARC_START.test(head)) return 'warc';
  if (FEED_START.test(head)) return 'feed';
  if (JSONL_START.test(head)) return 'jsonl';
  return 'single';
}
