/** The trained tagger: loads a model file and tags tokens with IOB2 labels. */
import { NerDocContext } from './doc-context.js';
import { FastDecoder } from './fast-decoder.js';
import { Gazetteer } from './gazetteer.js';
import { BILOU_LABELS, iob2FromBilou } from './labels.js';
import type { ModelContents } from './model-file.js';
import { WordClusters } from './word-clusters.js';

export interface NerModel {
  /**
   * IOB2 tags (`B-PER`, `I-ORG`, `O`…) for one sentence's tokens. Pass the same `docContext` (from
   * `documentContext`) for every sentence of an article, in order: the model then uses how each word is
   * written, and was tagged, elsewhere in the article.
   */
  tag(tokens: readonly string[], docContext?: NerDocContext): string[];
  /** Tags every sentence of one document, in order, with a shared document context. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /** A fresh document context for the given sentences (all of the article's sentences, as tokens). */
  documentContext(sentences: readonly (readonly string[])[]): NerDocContext;
  readonly provenance: Readonly<Record<string, string | number>>;
}

class PerceptronTagger implements NerModel {
  private readonly decoder: FastDecoder;
  readonly provenance: Readonly<Record<string, string | number>>;

  constructor({ header, weights }: ModelContents) {
    if (header.labels.join() !== BILOU_LABELS.join())
      throw new Error('newsgraph: NER model labels differ from this code version; retrain the model');
    const rows = new Map<string, number>();
    header.features.forEach((f, row) => rows.set(f, row));
    this.decoder = new FastDecoder(
      weights,
      (f) => rows.get(f) ?? -1,
      new Gazetteer(header.gazetteer),
      new WordClusters(header.clusters),
    );
    this.provenance = header.provenance;
  }

  documentContext(sentences: readonly (readonly string[])[]): NerDocContext {
    return new NerDocContext(sentences, this.decoder.casingOf);
  }

  tag(tokens: readonly string[], docContext?: NerDocContext): string[] {
    if (tokens.length === 0) return [];
    const doc = docContext ?? this.documentContext([tokens]);
    const labels = this.decoder.decode(tokens, doc);
    return iob2FromBilou(labels.map((y) => BILOU_LABELS[y] ?? 'O'));
  }

  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const doc = this.documentContext(sentences);
    return sentences.map((tokens) => this.tag(tokens, doc));
  }
}

export function nerModelFromContents(contents: ModelContents): NerModel {
  return new PerceptronTagger(contents);
}
