import { spansFromTags } from '../model/index.js';
import { modelWords } from '../model-words.js';
import type { Finder, ModelType, NameCandidate } from '../types.js';

const MODEL_TYPES: ReadonlySet<string> = new Set<ModelType>(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Names the trained tagger finds, one article at a time so it can use how a word is written and tagged
 * elsewhere in the article. Each candidate keeps the model's CoNLL type in `modelType`; the engine's
 * label is given later (see `mapModelLabels`).
 */
export const findModelNames: Finder = (input) => {
  const { text, tokens } = input;
  const view = modelWords(text, tokens, input.sentences);
  const tags = input.model.tagDocument(view.words);
  const out: NameCandidate[] = [];
  tags.forEach((sentenceTags, s) => {
    const ranges = view.tokens[s]!;
    for (const span of spansFromTags(sentenceTags)) {
      if (!MODEL_TYPES.has(span.type)) continue;
      const tokenStart = ranges[span.start]![0];
      const tokenEnd = ranges[span.end - 1]![1];
      const start = tokens[tokenStart]!.start;
      const end = tokens[tokenEnd - 1]!.end;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        sentence: s,
        tokenStart,
        tokenEnd,
        modelType: span.type as ModelType,
        rule: 'ner:model',
      });
    }
  });
  return out;
};
