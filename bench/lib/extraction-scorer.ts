/**
 * Accumulates one extractor's scores over pages, in the metric of the dataset at hand (trafilatura
 * snippets or Zyte shingles), so the engine and the baseline are scored by the same code.
 */
import type { Prf } from './prf.js';
import { shingleMatch, shingleScores, type ShingleCounts } from './shingles.js';
import { addConfusion, countSnippets, emptyConfusion, snippetScores, type SnippetItem } from './snippets.js';

/** The gold of one page: trafilatura snippets or a Zyte article body. */
export type PageGold = { item: SnippetItem } | { articleBody: string };

export class ExtractionScorer {
  private readonly confusion = emptyConfusion();
  private readonly shingles: ShingleCounts[] = [];
  pages = 0;
  failed = 0;

  /** Adds one page; `text` undefined when extraction failed (a full miss). */
  add(gold: PageGold, text: string | undefined): void {
    this.pages++;
    if (text === undefined) this.failed++;
    if ('item' in gold) addConfusion(this.confusion, countSnippets(gold.item, text));
    else this.shingles.push(shingleMatch(gold.articleBody, text ?? ''));
  }

  scores(): Prf {
    if (this.shingles.length > 0) return shingleScores(this.shingles);
    const { precision, recall, f1 } = snippetScores(this.confusion);
    return { precision, recall, f1 };
  }
}
