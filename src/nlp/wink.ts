import winkNLP from 'wink-nlp';
import type { Context } from '../context.js';
import { winkEnglishModel } from './wink-model.js';

export type Wink = ReturnType<typeof winkNLP>;

/**
 * The wink pipes the stage reads: sentence boundaries and POS tags. wink's default pipe also runs negation,
 * sentiment, its own NER and custom entities, which nothing here uses and which cost ~40% of readDoc; the
 * tokens, types, tags and sentence spans come out the same without them (checked on the seed, all BBC
 * articles and eng.testa).
 */
const PIPE = ['sbd', 'pos'];

/** wink-nlp with its English lite model (read by `wink-model.ts`), built once per process. */
export function loadWink(ctx: Context): Wink {
  return ctx.cache.get('nlp.wink', () => winkNLP(winkEnglishModel(PIPE), PIPE));
}

/**
 * Whether wink's English lexicon lists a word as written (look up the lowercase form for "an English word"). The
 * lexicon holds common words and some well-known names ("frankfurt"), not rare names ("grozny", "walmart").
 */
export function winkKnowsWord(ctx: Context): (word: string) => boolean {
  return ctx.cache.get('nlp.wink.lexicon', () => {
    const doc = loadWink(ctx).readDoc('');
    return (word: string) => !doc.isOOV(word);
  });
}
