import { readFileSync, statSync, type Stats } from 'node:fs';
import { NewsgraphError } from '../errors.js';
import { decodeInputBytes, formatBytes } from './bytes.js';
import { kindByName } from './container-kinds.js';
import { readerFor } from './readers/index.js';
import { DEFAULT_MAX_BYTES, type DecodedFile, type ReadInput, type ReadOptions } from './types.js';

/**
 * Reads one input file into what `analyze` takes. Throws a NewsgraphError naming the file when it is
 * missing, a directory, unreadable, too large, binary, undecodable or empty.
 */
export function readInputFile(path: string, options: ReadOptions = {}): ReadInput {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const kind = kindByName(path);
  if (kind !== undefined && kind !== 'single') {
    // Read as one text it would be analysed as markup or JSON; `readInputItems` reads each article.
    const detail = `a ${kind} file holds many articles: use \`newsgraph ingest\`, which reads each`;
    throw new NewsgraphError('INPUT_BAD_FORMAT', path, detail);
  }
  const stats = regularFileStats(path);
  if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new NewsgraphError('INPUT_UNREADABLE', path, errorCode(error), { cause: error });
  }
  return toReadInput(decodeInputBytes(path, bytes));
}

/** Turns decoded content into pipeline input with the reader its name and content call for. */
export function toReadInput(file: DecodedFile): ReadInput {
  const input = readerFor(file.name, file.content).toInput(file);
  return { ...input, path: file.name, encoding: file.encoding, notes: file.notes };
}

/** The file's stats; INPUT_MISSING / INPUT_UNREADABLE naming it when it is not a readable regular file. */
export function regularFileStats(path: string): Stats {
  const stats = statOrThrow(path);
  if (stats.isDirectory()) throw new NewsgraphError('INPUT_UNREADABLE', path, 'it is a directory');
  if (!stats.isFile()) throw new NewsgraphError('INPUT_UNREADABLE', path, 'not a regular file');
  return stats;
}

export function tooLarge(name: string, size: number, maxBytes: number): NewsgraphError {
  return new NewsgraphError(
    'INPUT_TOO_LARGE',
    name,
    `${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`,
  );
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new NewsgraphError('INPUT_MISSING', path, undefined, { cause: error });
    throw new NewsgraphError('INPUT_UNREADABLE', path, code, { cause: error });
  }
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return String(error);
}
