import type { Context } from '../context.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { normaliseTerm } from './text/terms.js';

/** The shipped tables story clustering reads, loaded once per context. */
export interface CorpusTables {
  stopwords: ReadonlySet<string>;
  /** Background corpus: normalised term → count (data/corpus/background-frequency.tsv). */
  backgroundCounts: ReadonlyMap<string, number>;
  /** Tokens in the background corpus (sum of the table: its cut-off tail is under 1 %). */
  backgroundTokens: number;
}

export function corpusTables(ctx: Context): CorpusTables {
  return ctx.cache.get('corpus:tables', loadCorpusTables);
}

function loadCorpusTables(): CorpusTables {
  const stopwords = new Set(readTsv(dataFile('corpus', 'stopwords.tsv')).map((r) => r['word'] ?? ''));
  const backgroundCounts = new Map<string, number>();
  let backgroundTokens = 0;
  for (const row of readTsv(dataFile('corpus', 'background-frequency.tsv'))) {
    const count = Number(row['count']);
    const word = row['word'];
    if (!word || !Number.isFinite(count)) continue;
    backgroundTokens += count;
    const term = normaliseTerm(word); // the same folding as article terms, so "cars" meets "car"
    backgroundCounts.set(term, (backgroundCounts.get(term) ?? 0) + count);
  }
  return { stopwords, backgroundCounts, backgroundTokens };
}
