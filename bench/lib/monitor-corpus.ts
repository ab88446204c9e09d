/**
 * Feed items with real-looking news text for the monitor benchmark, made at run time from the BBC corpus
 * (never copied into the project): item i is BBC article i mod M (title and paragraphs) with one paragraph
 * of another article appended, so the 10,000 items of a full run differ even though the corpus has 2,225.
 */
import { readFileSync } from 'node:fs';
import { inputFiles } from './files.js';

export interface BenchItem {
  title: string;
  paragraphs: string[];
}

interface Article {
  title: string;
  paragraphs: string[];
}

function readArticle(path: string): Article | undefined {
  const [title, ...rest] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return title && rest.length > 0 ? { title, paragraphs: rest } : undefined;
}

/** `count` items from the `.txt` articles under `folder`, the same ones on every run. */
export function benchItems(folder: string, count: number): BenchItem[] {
  const articles = inputFiles(folder, ['.txt'])
    .map(readArticle)
    .filter((a): a is Article => a !== undefined);
  if (articles.length === 0) throw new Error(`no articles under ${folder}`);
  return Array.from({ length: count }, (_, i) => {
    const base = articles[i % articles.length]!;
    const other = articles[(i * 7919 + 13) % articles.length]!;
    const round = Math.floor(i / articles.length);
    const extra = other.paragraphs[i % other.paragraphs.length]!;
    return {
      title: round === 0 ? base.title : `${base.title} (${round + 1})`,
      paragraphs: [...base.paragraphs, extra],
    };
  });
}
