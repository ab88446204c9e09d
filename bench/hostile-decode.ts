/**
 * Text browsers read that newsgraph used to refuse (issue 16, item 10), made from BBC articles:
 *   npm run bench -- hostile-decode [--files N]   (default 100; ../shared/data/corpus/bbc-news)
 * For each of N articles spread over the corpus: the text in UTF-16 without a BOM (little-endian for
 * even, big-endian for odd files); the UTF-8 file cut inside its last multi-byte character (files with
 * one); the text in UTF-8 followed by the same text in Latin-1 (files with a Latin-1 letter, e.g. £, and none beyond). Counts
 * how many `decodeInputBytes` (the file reader's decoding) accepts (mixed: and reads both halves right).
 * Last line: {"task":"hostile-decode","utf16NoBom":"a/n","cutUtf8":"a/n","mixedLatin1":"a/n"}.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeInputBytes } from '../src/ingest/bytes.js';
import { listInputs } from '../src/ingest/index.js';
import { packageRoot } from '../src/util/paths.js';

const BBC = '../shared/data/corpus/bbc-news';

function accepts(bytes: Uint8Array): string | undefined {
  try {
    return decodeInputBytes('x.txt', bytes).content;
  } catch {
    return undefined;
  }
}

export function run(args: string[]): void {
  const { values } = parseArgs({ args, options: { files: { type: 'string', default: '100' } } });
  const dir = resolve(packageRoot(), BBC);
  if (!existsSync(dir)) {
    console.log(JSON.stringify({ task: 'hostile-decode', skipped: `${BBC} is absent` }));
    return;
  }
  const all = listInputs([dir]);
  const n = Number(values.files);
  const step = Math.max(1, Math.floor(all.length / n));
  const files = all.filter((_, i) => i % step === 0).slice(0, n);
  const tally = { utf16NoBom: [0, 0], cutUtf8: [0, 0], mixedLatin1: [0, 0] };
  files.forEach((path, i) => {
    const text = readFileSync(path, 'utf8');
    const le = Buffer.from(text, 'utf16le');
    tally.utf16NoBom[1]!++;
    if (accepts(i % 2 ? Buffer.from(le).swap16() : le) === text) tally.utf16NoBom[0]!++;
    const utf8 = Buffer.from(text, 'utf8');
    const lastMulti = utf8.findLastIndex((b) => b >= 0xc2);
    if (lastMulti >= 0) {
      tally.cutUtf8[1]!++;
      if (accepts(utf8.subarray(0, lastMulti + 1)) !== undefined) tally.cutUtf8[0]!++;
    }
    // The article in UTF-8, then again in Latin-1 (as an editor saving a paste would): both hold "£" or "é".
    if (/^[^\u0100-\uffff]*$/.test(text) && /[\u00a0-\u00ff]/.test(text)) {
      tally.mixedLatin1[1]!++;
      const read = accepts(Buffer.concat([utf8, Buffer.from('\n' + text, 'latin1')]));
      if (read?.startsWith(text) && read.endsWith(text)) tally.mixedLatin1[0]!++;
    }
  });
  const figures = Object.fromEntries(Object.entries(tally).map(([k, [a, t]]) => [k, `${a}/${t}`]));
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(14)} ${v} read`);
  console.log(JSON.stringify({ task: 'hostile-decode', ...figures }));
}
