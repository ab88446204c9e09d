import { createReadStream } from 'node:fs';
import { NewsgraphError } from '../errors.js';
import { decodeInputBytes } from './bytes.js';
import { kindByContent, kindByName, type ContainerKind } from './container-kinds.js';
import { errorCode, readInputFile, regularFileStats, toReadInput } from './file.js';
import { isUrl } from './fetch/url-list.js';
import { failed, type ItemOutcome, type ItemReadOptions } from './item-types.js';
import { readFeedItems } from './readers/feed/index.js';
import { readJsonlItems } from './readers/jsonl.js';
import { readUrlItem } from './readers/urls.js';
import { readWarcItems } from './readers/warc.js';
import { STDIN_ARG, STDIN_NAME } from './stdin.js';
import { inflateCapped } from './inflate.js';
import { collectBytes, gunzipHead, isGzip, peek, type PeekedStream } from './streams.js';
import { DEFAULT_MAX_BYTES } from './types.js';

/**
 * Every article in one input: a file (`-` for stdin) of any kind we read — text, HTML, RSS/Atom, WARC(.gz),
 * JSONL(.gz) — or an `http(s)://` URL, fetched (see `fetch/`). Never throws for bad input: a bad file, record, item or line is a failure outcome naming it,
 * and the good articles around it are still yielded. WARC and JSONL are streamed; other kinds are read whole
 * within `maxBytes`.
 */
export async function* readInputItems(
  path: string,
  options: ItemReadOptions = {},
): AsyncGenerator<ItemOutcome> {
  const name = path === STDIN_ARG ? STDIN_NAME : path;
  let yielded = 0;
  try {
    for await (const outcome of itemsOf(path, name, options)) {
      yielded++;
      yield outcome;
    }
  } catch (error) {
    yielded++;
    yield failed(name, error);
  }
  if (yielded === 0) yield failed(name, new NewsgraphError('INPUT_EMPTY', name, 'no articles in it'));
}

async function* itemsOf(path: string, name: string, options: ItemReadOptions): AsyncGenerator<ItemOutcome> {
  if (isUrl(path)) {
    yield await readUrlItem(path, options.maxBytes ?? DEFAULT_MAX_BYTES, options.fetch);
    return;
  }
  const named = path === STDIN_ARG ? undefined : kindByName(path);
  // Text and HTML files keep the one-file reader and its checks (size before reading, binary sniffing).
  if (named === 'single') {
    yield { ok: true, input: readInputFile(path, options) };
    return;
  }
  const peeked = await openPeeked(path, name);
  const kind = named ?? sniffKind(peeked.head);
  yield* readKind(kind, name, peeked, options);
}

async function* readKind(
  kind: ContainerKind,
  name: string,
  { head, chunks }: PeekedStream,
  options: ItemReadOptions,
): AsyncGenerator<ItemOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Inflated here, under caps, for every kind: warcio's own gunzip has none (a bomb would fill memory).
  const plain = isGzip(head) ? inflateCapped(chunks, name) : chunks;
  if (kind === 'warc') yield* readWarcItems(name, plain, maxBytes);
  else if (kind === 'jsonl') yield* readJsonlItems(name, plain, { maxBytes, fields: options.jsonlFields });
  else {
    const file = decodeInputBytes(name, await collectBytes(plain, name, maxBytes));
    if (kind === 'feed') yield* readFeedItems(file);
    else yield { ok: true, input: toReadInput(file) };
  }
}

function sniffKind(head: Buffer): ContainerKind {
  const plain = isGzip(head) ? gunzipHead(head) : head;
  return kindByContent(plain.toString('latin1'));
}

async function openPeeked(path: string, name: string): Promise<PeekedStream> {
  if (path === STDIN_ARG) return peek(process.stdin);
  regularFileStats(path);
  try {
    return await peek(createReadStream(path));
  } catch (error) {
    throw new NewsgraphError('INPUT_UNREADABLE', name, errorCode(error), { cause: error });
  }
}
