import type { Context } from '../context.js';
import type { Doc } from '../doc/types.js';
import { headlineSpan } from '../extract/headline.js';
import { resolveEntities } from './aliases/index.js';
import { loadLexicon } from './lexicon/index.js';
import { lazyGazetteer } from './ner/gazetteer.js';
import { recognizeNames } from './ner/recognize.js';
import { segment } from './segment.js';

export { recognizeNames } from './ner/recognize.js';
export type { NameCandidate } from './ner/types.js';

/**
 * The nlp stage: sentences and tokens (wink-nlp), named entities (the trained CoNLL tagger reconciled with
 * the rules and tables behind `recognizeNames`; the headline line read with headline casing), then one entity per identity with its aliases, role
 * descriptions and pronouns. Never throws on odd text: an empty text gives empty layers.
 */
export function annotateLanguage(doc: Doc, ctx: Context): Doc {
  if (doc.text.trim() === '') return { ...doc, sentences: [], tokens: [], mentions: [], entities: [] };
  const { sentences, tokens } = segment(doc.text, ctx);
  const headline = headlineSpan(doc.text, doc.meta.titleLine);
  const names = recognizeNames(tokens, sentences, doc.text, ctx, headline);
  const { mentions, entities } = resolveEntities(
    doc.text,
    tokens,
    names,
    loadLexicon(ctx),
    lazyGazetteer(ctx),
  );
  return { ...doc, sentences, tokens, mentions, entities };
}
