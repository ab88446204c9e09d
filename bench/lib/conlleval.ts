/**
 * Entity-level scoring with conlleval semantics (CoNLL-2000/2003 shared tasks): tags are read as chunks
 * (IOB1 or IOB2; a chunk starts at `B-X`, or at `I-X` after `O` or after another type), a predicted chunk
 * counts only if a gold chunk has exactly the same first token, last token and type; precision, recall and
 * F1 are micro-averaged over all chunks, and also given per type.
 */
import { spansFromTags, type TokenSpan } from '../../src/nlp/ner/model/labels.js';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
  predicted: number;
  gold: number;
}

interface Counts {
  correct: number;
  predicted: number;
  gold: number;
}

function key(span: TokenSpan): string {
  return span.start + ':' + span.end + ':' + span.type;
}

function score({ correct, predicted, gold }: Counts): Score {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, correct, predicted, gold };
}

export class ConllEvaluator {
  private readonly overall: Counts = { correct: 0, predicted: 0, gold: 0 };
  private readonly byType = new Map<string, Counts>();

  /** Adds one sentence: gold and predicted tags, one per token. */
  add(goldTags: readonly string[], predictedTags: readonly string[]): void {
    if (goldTags.length !== predictedTags.length)
      throw new Error(`conlleval: ${goldTags.length} gold tags but ${predictedTags.length} predicted`);
    const gold = spansFromTags(goldTags);
    const predicted = spansFromTags(predictedTags);
    const goldKeys = new Set(gold.map(key));
    for (const span of gold) this.count(span.type, 'gold');
    for (const span of predicted) {
      this.count(span.type, 'predicted');
      if (goldKeys.has(key(span))) this.count(span.type, 'correct');
    }
  }

  private count(type: string, field: keyof Counts): void {
    let counts = this.byType.get(type);
    if (!counts) this.byType.set(type, (counts = { correct: 0, predicted: 0, gold: 0 }));
    counts[field]++;
    this.overall[field]++;
  }

  result(): { overall: Score; perType: Record<string, Score> } {
    const types = [...this.byType.keys()].sort();
    return {
      overall: score(this.overall),
      perType: Object.fromEntries(types.map((t) => [t, score(this.byType.get(t) as Counts)])),
    };
  }
}
