/**
 * Distributional word clusters (data/nlp/word-clusters.tsv, scripts/derive-word-clusters.ts): each
 * lower-cased word's cluster id at a few granularities, coarse to fine. Like the gazetteer, the table is
 * stored inside the model file at training time, so a model and the clusters it learned from never drift.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../../util/paths.js';

/** The table as stored in the model header: one `word<TAB>id<TAB>id…` line per word. */
export type WordClusterTable = string;

export class WordClusters {
  private readonly ids = new Map<string, readonly string[]>();

  constructor(table: WordClusterTable | undefined) {
    if (!table) return;
    for (const line of table.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.ids.set(line.slice(0, tab), line.slice(tab + 1).split('\t'));
    }
  }

  /** Cluster ids of a lower-cased word, coarse to fine, or undefined for a word the table lacks. */
  of(lower: string): readonly string[] | undefined {
    return this.ids.get(lower);
  }
}

/** The shipped table without its comment and column-name lines (training time only). */
export function loadWordClusterTable(path = dataFile('nlp', 'word-clusters.tsv')): WordClusterTable {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line, i) => line && !line.startsWith('#') && !(i > 0 && line.startsWith('word\t')))
    .join('\n');
}
