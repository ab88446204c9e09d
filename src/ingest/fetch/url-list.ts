import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../../errors.js';
import { errorCode } from '../file.js';

const URL_START = /^https?:\/\//i;

/** Whether an input argument is a web address rather than a path. */
export function isUrl(arg: string): boolean {
  return URL_START.test(arg);
}

/**
 * The URLs of a list file (`.urls`, `.txt`): one per line; blank lines and `#` comments (whole-line or
 * after the URL) are skipped. A line that is not an http(s) URL is an error naming the file and line, so
 * a typo is not silently dropped from a batch.
 */
export function readUrlList(path: string): string[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new NewsgraphError('INPUT_MISSING', path, undefined, { cause: error });
    throw new NewsgraphError('INPUT_UNREADABLE', path, code, { cause: error });
  }
  const urls: string[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw
      .replace(/^\uFEFF/, '')
      .replace(/\s#.*$|^#.*$/, '')
      .trim();
    if (line === '') return;
    if (!isUrl(line) || !URL.canParse(line))
      throw new NewsgraphError(
        'INPUT_BAD_FORMAT',
        `${path} line ${index + 1}`,
        `not an http(s) URL: ${line}`,
      );
    urls.push(line);
  });
  return urls;
}
