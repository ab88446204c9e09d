import type { Sentence } from '../../doc/types.js';
import type { DocEnv } from '../types.js';

/** The sentence a candidate is in; the whole text when the document has no sentences. */
export function sentenceOf(env: DocEnv, index: number): Sentence {
  return env.doc.sentences[index] ?? { start: 0, end: env.doc.text.length, text: env.doc.text, index: -1 };
}
