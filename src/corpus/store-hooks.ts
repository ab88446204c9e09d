import type { Doc } from '../doc/types.js';
import { CorpusRecorder, type CorpusOutcome } from './store/recorder.js';
import type { Db } from './store/sql.js';

/** One recorder per connection: its clusterer state is rebuilt once, then kept for the connection's life. */
const recorders = new WeakMap<Db, CorpusRecorder>();

/**
 * The corpus layer's store-time hook: near-duplicate link, story, cross-article entities, corroboration
 * and contradictions for one article. Call it inside the transaction that inserted the article (after its
 * layer rows), on the same connection, so the article and its corpus rows commit together.
 */
export function recordInCorpus(db: Db, doc: Doc): CorpusOutcome {
  let recorder = recorders.get(db);
  if (!recorder) recorders.set(db, (recorder = new CorpusRecorder(db)));
  return recorder.record(doc);
}

export type { CorpusOutcome };
