import type { Refiner } from '../types.js';

/**
 * A model name that is wholly a stopword (`data/nlp/stopwords.tsv`: days, months, time zones such as
 * "GMT", diseases, sentence-start adverbs) is dropped: the table lists words that are never a name alone.
 */
export const dropStopwords: Refiner = (candidates, { lexicon }) =>
  candidates.filter((c) => c.modelType === undefined || !lexicon.stopwords.has(c.text));
