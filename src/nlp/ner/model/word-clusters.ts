/**
 * Distributional word clusters (data/nlp/word-clusters.tsv, scripts/derive-word-clusters.ts): each
 * lower-cased word's cluster id at a few granularities, coarse to fine. Like the gazetteer, the table is
 * stored inside the model file at training time, so a model and the clusters it learned from never drift.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../../util/paths.js';

/** The table as stored in the model header: one `word<TAB>id<TAB>id…` line per word, sorted by word. */
export type WordClusterTable = string;

/**
 * Lookups straight in the stored text: the lines are sorted by word, so a word is found by binary search
 * over line starts. Nothing is split or indexed when the model loads (a Map of the 23,000 rows cost about
 * 0.2 s of start-up); the line starts are found on the first lookup (one scan for newlines), and the tagger
 * caches each word form's features, so a word is searched once per process.
 */
export class WordClusters {
  private lineStarts: Uint32Array | undefined;

  constructor(private readonly table: WordClusterTable | undefined) {}

  /** Cluster ids of a lower-cased word, coarse to fine, or undefined for a word the table lacks. */
  of(lower: string): readonly string[] | undefined {
    const table = this.table;
    if (!table) return undefined;
    const starts = (this.lineStarts ??= lineStartsOf(table));
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = starts[mid]!;
      const tab = table.indexOf('\t', start);
      const word = table.slice(start, tab);
      if (word === lower) {
        const end = mid + 1 < starts.length ? starts[mid + 1]! - 1 : table.length;
        return table.slice(tab + 1, end).split('\t');
      }
      if (word < lower) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }
}

function lineStartsOf(table: string): Uint32Array {
  const starts = [0];
  for (let at = table.indexOf('\n'); at >= 0; at = table.indexOf('\n', at + 1)) starts.push(at + 1);
  return Uint32Array.from(starts);
}

/** A table's lines sorted by word (code-unit order, as `WordClusters` searches them). */
export function sortWordClusterTable(table: WordClusterTable): WordClusterTable {
  const byWord = (line: string): string => line.slice(0, line.indexOf('\t'));
  return table
    .split('\n')
    .filter((line) => line.includes('\t'))
    .sort((a, b) => (byWord(a) < byWord(b) ? -1 : byWord(a) > byWord(b) ? 1 : 0))
    .join('\n');
}

/** The shipped table without its comment and column-name lines, sorted by word (training time only). */
export function loadWordClusterTable(path = dataFile('nlp', 'word-clusters.tsv')): WordClusterTable {
  return sortWordClusterTable(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line, i) => line && !line.startsWith('#') && !(i > 0 && line.startsWith('word\t')))
      .join('\n'),
  );
}
