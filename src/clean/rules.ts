import type { Context } from '../context.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

/** One row of a line-pattern table: a compiled pattern and the rule id recorded on what it removes. */
export interface LineRule {
  pattern: RegExp;
  rule: string;
}

/** The clean stage's data tables, loaded once per process through `ctx.cache`. */
export interface CleanRules {
  /** Whole-line patterns (already anchored). */
  boilerplate: LineRule[];
  /** Patterns searched anywhere in a caption-shaped line. */
  captionCues: LineRule[];
  stopwords: ReadonlySet<string>;
  /** Lower-case, without the final full stop. */
  abbreviations: ReadonlySet<string>;
}

export function cleanRules(ctx: Context): CleanRules {
  return ctx.cache.get('clean:rules', loadCleanRules);
}

export function loadCleanRules(): CleanRules {
  return {
    boilerplate: lineRules('boilerplate.tsv', 'boilerplate', (p) => `^(?:${p})$`),
    captionCues: lineRules('caption-cues.tsv', 'caption', (p) => p),
    stopwords: wordSet('stopwords.tsv', 'word'),
    abbreviations: wordSet('abbreviations.tsv', 'abbreviation'),
  };
}

function lineRules(file: string, prefix: string, wrap: (pattern: string) => string): LineRule[] {
  return readTsv(dataFile('clean', file)).map((row, i) => {
    try {
      return { pattern: new RegExp(wrap(row['pattern'] ?? ''), 'iu'), rule: `${prefix}:${row['rule']}` };
    } catch (error) {
      throw new Error(`data/clean/${file}, row ${i + 1}: bad pattern (${String(error)})`, { cause: error });
    }
  });
}

function wordSet(file: string, column: string): ReadonlySet<string> {
  return new Set(readTsv(dataFile('clean', file)).map((row) => (row[column] ?? '').toLowerCase()));
}
