/**
 * The two article-extraction datasets, read in their own formats. Which one a folder holds is decided by
 * the file it contains:
 * - `evaldata.json` — trafilatura's evaluation (adbar/trafilatura `tests/`): `{url: {file, with, without,
 *   …}}`, the HTML under `cache/<file>` or else `eval/<file>` (the order `eval_common.resolve` looks in);
 *   `english_subset_heuristic.txt` (`url<TAB>file` lines), when present, marks the English pages;
 * - `ground-truth.json` — Zyte's article-extraction-benchmark (scrapinghub): `{id: {articleBody, url}}`,
 *   the HTML gzipped in `html/<id>.html.gz`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SnippetItem } from './snippets.js';

export interface PageSource {
  id: string;
  url?: string;
  /** The page's bytes, or undefined when its file is missing. */
  read(): Uint8Array | undefined;
}

export type ExtractionDataset =
  | { kind: 'trafilatura'; pages: (PageSource & { item: SnippetItem; english: boolean })[] }
  | { kind: 'zyte'; pages: (PageSource & { articleBody: string })[] };

export const TRAFILATURA_INDEX = 'evaldata.json';
export const ZYTE_INDEX = 'ground-truth.json';
const ENGLISH_SUBSET = 'english_subset_heuristic.txt';

interface TrafilaturaEntry {
  file: string;
  with?: string[];
  without?: string[];
}

interface ZyteEntry {
  articleBody?: string;
  url?: string;
}

const readIfExists = (path: string | undefined): Uint8Array | undefined =>
  path && existsSync(path) ? readFileSync(path) : undefined;

export function readExtractionDataset(folder: string): ExtractionDataset | { missing: string } {
  if (existsSync(join(folder, TRAFILATURA_INDEX))) return readTrafilatura(folder);
  if (existsSync(join(folder, ZYTE_INDEX))) return readZyte(folder);
  return { missing: `${folder} has neither ${TRAFILATURA_INDEX} nor ${ZYTE_INDEX}` };
}

function readTrafilatura(folder: string): ExtractionDataset {
  const index = JSON.parse(readFileSync(join(folder, TRAFILATURA_INDEX), 'utf8')) as Record<
    string,
    TrafilaturaEntry
  >;
  const english = englishUrls(join(folder, ENGLISH_SUBSET));
  const pages = Object.entries(index).map(([url, entry]) => {
    const path = ['cache', 'eval'].map((dir) => join(folder, dir, entry.file)).find((p) => existsSync(p));
    return {
      id: entry.file,
      url,
      read: () => readIfExists(path),
      item: { with: entry.with ?? [], without: entry.without ?? [] },
      english: english?.has(url) ?? false,
    };
  });
  return { kind: 'trafilatura', pages };
}

/** URLs of the English subset, or undefined when the list is absent. */
function englishUrls(path: string): Set<string> | undefined {
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  return new Set(lines.map((line) => line.split('\t')[0]!.trim()).filter((url) => url !== ''));
}

function readZyte(folder: string): ExtractionDataset {
  const truth = JSON.parse(readFileSync(join(folder, ZYTE_INDEX), 'utf8')) as Record<string, ZyteEntry>;
  const pages = Object.entries(truth).map(([id, entry]) => {
    const path = join(folder, 'html', `${id}.html.gz`);
    return {
      id,
      ...(entry.url ? { url: entry.url } : {}),
      read: () => {
        const gz = readIfExists(path);
        return gz && gunzipSync(gz);
      },
      articleBody: entry.articleBody ?? '',
    };
  });
  return { kind: 'zyte', pages };
}

/** Whether the trafilatura English list exists in a folder (to say so in the report). */
export function hasEnglishSubset(folder: string): boolean {
  return existsSync(join(folder, ENGLISH_SUBSET));
}
