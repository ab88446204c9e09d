import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Context } from '../context.js';

export type Wink = ReturnType<typeof winkNLP>;

/** wink-nlp with its English lite model, built once per process (the model takes ~100 ms to load). */
export function loadWink(ctx: Context): Wink {
  return ctx.cache.get('nlp.wink', () => winkNLP(model));
}
