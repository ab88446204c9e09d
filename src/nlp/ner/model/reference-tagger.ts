/**
 * The tagger written the way training sees it: feature strings from features.ts looked up one by one and
 * decoded with `decodeGreedy`. Slow; kept as the reference the fast tagger (ner-model.ts) is tested against.
 */
import { NerDocContext } from './doc-context.js';
import { decodeGreedy, type StepScorer } from './decoder.js';
import { observationFeatures } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { BILOU_LABELS, iob2FromBilou } from './labels.js';
import type { ModelContents } from './model-file.js';
import type { NerModel } from './ner-model.js';
import { viewSentence, type SentenceView } from './sentence-view.js';
import { WordClusters } from './word-clusters.js';

class ReferenceTagger implements NerModel {
  private readonly rows = new Map<string, number>();
  private readonly weights: Float32Array;
  private readonly nLabels: number;
  private readonly gazetteer: Gazetteer;
  private readonly clusters: WordClusters;
  readonly provenance: Readonly<Record<string, string | number>>;

  constructor({ header, weights }: ModelContents) {
    if (header.labels.join() !== BILOU_LABELS.join())
      throw new Error('newsgraph: NER model labels differ from this code version; retrain the model');
    header.features.forEach((f, row) => this.rows.set(f, row));
    this.weights = weights;
    this.nLabels = header.labels.length;
    this.gazetteer = new Gazetteer(header.gazetteer);
    this.clusters = new WordClusters(header.clusters);
    this.provenance = header.provenance;
  }

  documentContext(sentences: readonly (readonly string[])[]): NerDocContext {
    return new NerDocContext(sentences);
  }

  tag(tokens: readonly string[], docContext?: NerDocContext): string[] {
    if (tokens.length === 0) return [];
    const doc = docContext ?? new NerDocContext([tokens]);
    const view = viewSentence(tokens, this.gazetteer, this.clusters);
    const labels = decodeGreedy(view, doc, this.scorer(view, doc));
    return iob2FromBilou(labels.map((y) => BILOU_LABELS[y] ?? 'O'));
  }

  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const doc = new NerDocContext(sentences);
    return sentences.map((tokens) => this.tag(tokens, doc));
  }

  private scorer(view: SentenceView, doc: NerDocContext): StepScorer {
    const buffer: string[] = [];
    return {
      observation: (i, scores) => {
        buffer.length = 0;
        observationFeatures(view, i, doc, buffer);
        this.addScores(buffer, scores);
      },
      features: (features, scores) => this.addScores(features, scores),
    };
  }

  private addScores(features: readonly string[], scores: Float64Array): void {
    const n = this.nLabels;
    for (const f of features) {
      const row = this.rows.get(f);
      if (row === undefined) continue;
      const base = row * n;
      for (let y = 0; y < n; y++) scores[y] = (scores[y] ?? 0) + (this.weights[base + y] ?? 0);
    }
  }
}

export function referenceNerModel(contents: ModelContents): NerModel {
  return new ReferenceTagger(contents);
}
