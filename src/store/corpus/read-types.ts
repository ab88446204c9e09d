import type { TextSpan } from '../../doc/types.js';
import type { DuplicateDiff, DuplicateKind } from '../../corpus/diff.js';

/** A stored story as listed by `newsgraph stories`. */
export interface CorpusStory {
  id: string;
  title: string;
  /** Member articles, copies included. */
  articleCount: number;
  /** Members that are copies of another member. */
  duplicateCount: number;
  from?: string;
  to?: string;
  /** Corpus entities named by most (non-copy) member articles, most first. */
  topEntities: { name: string; type: string; articles: number }[];
  /** Events reported by most (non-copy) member articles: PLOVER type, actors' names, how many articles. */
  topEvents: { type: string; cameo: string; source?: string; target?: string; articles: number }[];
}

/** What the corpus knows about one article. */
export interface ArticleCorpus {
  story?: { id: string; title: string; articleCount: number };
  /** The canonical article this one copies. */
  duplicateOf?: { id: string; kind: DuplicateKind; similarity: number; diff: DuplicateDiff };
  /** Later articles that copy this one. */
  duplicates: { id: string; kind: DuplicateKind; similarity: number }[];
  /** Independent sources reporting each of the article's events and quotes (1: only this article). */
  corroboration: { kind: 'event' | 'quote'; idx: number; sources: number }[];
  /** Cross-article contradictions involving the article, with both articles' spans. */
  findings: { kind: string; rule: string; message: string; spans: (TextSpan & { articleId: string })[] }[];
}
