import type { Meta } from '../../doc/types.js';
import { NewsgraphError } from '../../errors.js';
import { normalisePublished } from '../../extract/index.js';
import { formatBytes } from '../bytes.js';
import { failed, itemName, type ItemOutcome, type JsonlFieldNames } from '../item-types.js';
import { streamProblem, type ByteChunks } from '../streams.js';
import { DEFAULT_JSONL_FIELDS } from './jsonl-fields.js';
import { splitLines } from './lines.js';

type Field = keyof JsonlFieldNames;
type JsonObject = Record<string, unknown>;

/**
 * One article per line of a JSON Lines file (already decompressed). Each line is an object; its text comes
 * from the text field, else the HTML field (then extracted). Blank lines are skipped. A line that is not
 * JSON, not an object, or has neither field is a failure naming the line; the next line is still read.
 * A line longer than `maxBytes` is reported and skipped without being held (memory stays one article's).
 * A broken stream (truncated gzip) ends the file with a failure naming the line it stopped at.
 */
export async function* readJsonlItems(
  name: string,
  chunks: ByteChunks,
  options: { fields?: JsonlFieldNames; maxBytes: number },
): AsyncGenerator<ItemOutcome> {
  let lineNumber = 0;
  try {
    for await (const read of splitLines(chunks, options.maxBytes)) {
      lineNumber++;
      if ('tooLong' in read) {
        const where = itemName(name, `line ${lineNumber}`);
        const detail = `${formatBytes(read.tooLong)}; a line may hold ${formatBytes(options.maxBytes)}`;
        yield failed(where, new NewsgraphError('INPUT_TOO_LARGE', where, detail));
        continue;
      }
      const line = read.bytes.toString('utf8');
      if (line.trim() === '') continue;
      // A UTF-8 byte order mark survives decoding as U+FEFF, which JSON.parse refuses.
      const json = lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
      yield lineInput(name, json, lineNumber, options);
    }
  } catch (error) {
    // A decompression cap names the input itself.
    if (error instanceof NewsgraphError) {
      yield failed(name, error);
      return;
    }
    const where = itemName(name, `line ${lineNumber + 1}`);
    yield failed(
      where,
      new NewsgraphError('INPUT_BAD_FORMAT', where, streamProblem(error), { cause: error }),
    );
  }
}

function lineInput(
  name: string,
  line: string,
  lineNumber: number,
  options: { fields?: JsonlFieldNames; maxBytes: number },
): ItemOutcome {
  const item = `line ${lineNumber}`;
  const where = itemName(name, item);
  const bad = (detail: string): ItemOutcome =>
    failed(where, new NewsgraphError('INPUT_BAD_FORMAT', where, detail));
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return bad(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('not a JSON object');
  const object = value as JsonObject;
  const get = (field: Field): string | undefined => fieldValue(object, field, options.fields);
  const text = get('text');
  const html = text === undefined ? get('html') : undefined;
  if (text === undefined && html === undefined)
    return bad(`no text or html field (${fieldList(options.fields)})`);
  const date = get('date');
  const published = normalisePublished(date);
  const title = get('title');
  const uri = get('url');
  const meta: Meta = { ...(title ? { title } : {}), ...(published ? { published } : {}) };
  return {
    ok: true,
    input: {
      kind: 'jsonl',
      content: text ?? `<html><body>${html}</body></html>`,
      ...(uri ? { uri } : {}),
      meta,
      path: name,
      item,
      encoding: 'utf-8',
      notes: date && !published ? [`unreadable date "${date}" ignored`] : [],
    },
  };
}

/** The first non-empty string among the field's names; a named field is the only one tried. */
function fieldValue(object: JsonObject, field: Field, named?: JsonlFieldNames): string | undefined {
  const paths = named?.[field] ? [named[field]] : DEFAULT_JSONL_FIELDS[field];
  for (const path of paths) {
    const value = valueAt(object, path);
    if (typeof value === 'string' && value.trim() !== '') return value;
    // Epoch numbers: seconds, or milliseconds when too large to be seconds of this era.
    if (typeof value === 'number' && field === 'date' && Number.isFinite(value))
      return new Date(value > 1e11 ? value : value * 1000).toISOString();
  }
  return undefined;
}

/** `a.b.c` walks nested objects; a key that itself contains dots is found first. */
function valueAt(object: JsonObject, path: string): unknown {
  if (path in object) return object[path];
  let node: unknown = object;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as JsonObject)[key];
  }
  return node;
}

function fieldList(named?: JsonlFieldNames): string {
  const text = named?.text ? [named.text] : DEFAULT_JSONL_FIELDS.text;
  const html = named?.html ? [named.html] : DEFAULT_JSONL_FIELDS.html;
  return `looked for ${[...text, ...html].join(', ')}`;
}
