/**
 * Trains the tagger on tagged documents: observation features are counted and pruned once, then each epoch
 * decodes every document greedily (in a seeded shuffled order) and updates the averaged perceptron on each
 * mistake, with the document history built from the model's own predictions, exactly as at tagging time.
 */
import { NerDocContext } from './doc-context.js';
import { canFollow, decodeGreedy, type StepScorer } from './decoder.js';
import { observationFeatures } from './features.js';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';
import { BILOU_LABELS, LABEL_INDEX, bilouFromSpans, spansFromTags } from './labels.js';
import type { ModelContents } from './model-file.js';
import { AveragedPerceptron } from './perceptron.js';
import { seededRandom, shuffle } from '../../../util/random.js';
import { viewSentence, type SentenceView } from './sentence-view.js';
import type { TaggedDocument } from './conll.js';
import { caseAugmented } from './augment.js';
import { sortWordClusterTable, WordClusters, type WordClusterTable } from './word-clusters.js';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Observation features seen fewer times than this in the training data are dropped. */
  minFeatureCount: number;
  /** Share of documents added again upper-cased, and (another share) lower-cased. */
  caseAugmentation: number;
  /** Features whose averaged weights all stay below this magnitude are left out of the model. */
  minWeight: number;
  gazetteer: GazetteerLists;
  /** Word cluster table for the cluster features (none: no such features). */
  clusters?: WordClusterTable;
  /** Continue decoding from the gold label after each step instead of the predicted one. */
  teacherForcing?: boolean;
  provenance?: Record<string, string | number>;
  log?: (message: string) => void;
  /**
   * Called after each epoch with a way to read the averaged weights so far (cross-validation scores several
   * epoch counts from one training run; reading them does not change the training).
   */
  afterEpoch?: (epoch: number, snapshot: () => ModelContents) => void;
}

interface PreparedSentence {
  view: SentenceView;
  gold: Int32Array;
  /** Observation feature rows of token i: `rows[offsets[i]] … rows[offsets[i + 1] - 1]`. */
  rows: Int32Array;
  offsets: Int32Array;
}

interface PreparedDocument {
  words: string[][];
  sentences: PreparedSentence[];
}

export function trainNer(documents: readonly TaggedDocument[], given: TrainOptions): ModelContents {
  // the stored table must be sorted by word: WordClusters binary-searches it
  const options = given.clusters ? { ...given, clusters: sortWordClusterTable(given.clusters) } : given;
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const docs = caseAugmented(documents, options.caseAugmentation, random);
  const gazetteer = new Gazetteer(options.gazetteer);
  const model = new AveragedPerceptron(BILOU_LABELS.length);
  const clusters = new WordClusters(options.clusters);
  const prepared = prepare(docs, { gazetteer, clusters }, model, options.minFeatureCount);
  log(`${docs.length} documents (with case copies), ${model.index.size} observation features kept`);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let errors = 0;
    let tokens = 0;
    for (const doc of shuffle([...prepared], random)) {
      const context = new NerDocContext(doc.words);
      for (const sentence of doc.sentences) {
        const predicted = trainSentence(sentence, context, model, options.teacherForcing ?? false);
        tokens += predicted.length;
        predicted.forEach((y, i) => (errors += y === sentence.gold[i] ? 0 : 1));
      }
    }
    log(`epoch ${epoch}: ${((100 * errors) / tokens).toFixed(2)}% token errors`);
    options.afterEpoch?.(epoch, () => contentsOf(model, options));
  }
  const contents = contentsOf(model, options);
  log(`${contents.header.features.length} features in the model`);
  return contents;
}

function contentsOf(model: AveragedPerceptron, options: TrainOptions): ModelContents {
  const { features, weights } = model.averaged(options.minWeight);
  return {
    header: {
      labels: BILOU_LABELS,
      features,
      gazetteer: options.gazetteer,
      ...(options.clusters ? { clusters: options.clusters } : {}),
      provenance: options.provenance ?? {},
    },
    weights,
  };
}

function trainSentence(
  sentence: PreparedSentence,
  context: NerDocContext,
  model: AveragedPerceptron,
  teacherForcing: boolean,
): number[] {
  const dynamicRows: number[] = [];
  const scorer: StepScorer = {
    observation: (i, scores) => {
      const end = sentence.offsets[i + 1] ?? 0;
      for (let k = sentence.offsets[i] ?? 0; k < end; k++) model.addScores(sentence.rows[k] ?? 0, scores);
    },
    features: (features, scores) => {
      dynamicRows.length = 0;
      for (const f of features) {
        const row = model.row(f, true);
        dynamicRows.push(row);
        model.addScores(row, scores);
      }
    },
  };
  return decodeGreedy(sentence.view, context, scorer, (i, predicted, previous) => {
    const gold = sentence.gold[i] ?? 0;
    // After an earlier mistake the gold label may be impossible here (I-PER after O): comparing with it
    // would teach the transition features nonsense, so such steps are not updated.
    if (canFollow(previous, gold) || teacherForcing) {
      const rows = [
        ...sentence.rows.subarray(sentence.offsets[i] ?? 0, sentence.offsets[i + 1] ?? 0),
        ...dynamicRows,
      ];
      model.update(rows, gold, predicted);
    }
    return teacherForcing ? gold : predicted;
  });
}

/** Two passes over the corpus: count observation features, then encode the frequent ones as rows. */
function prepare(
  docs: readonly TaggedDocument[],
  lookups: { gazetteer: Gazetteer; clusters: WordClusters },
  model: AveragedPerceptron,
  minCount: number,
): PreparedDocument[] {
  const counts = new Map<string, number>();
  const buffer: string[] = [];
  const forEachToken = (visit: (doc: number, s: number, i: number, features: string[]) => void): void =>
    docs.forEach((doc, d) => {
      const context = new NerDocContext(doc.sentences.map((s) => s.words));
      doc.sentences.forEach((sentence, s) => {
        const view = viewSentence(sentence.words, lookups.gazetteer, lookups.clusters);
        for (let i = 0; i < sentence.words.length; i++) {
          buffer.length = 0;
          observationFeatures(view, i, context, buffer);
          visit(d, s, i, buffer);
        }
      });
    });
  forEachToken((_d, _s, _i, features) => features.forEach((f) => counts.set(f, (counts.get(f) ?? 0) + 1)));
  for (const [feature, count] of counts) if (count >= minCount) model.row(feature, true);
  counts.clear();

  const prepared: PreparedDocument[] = docs.map((doc) => ({
    words: doc.sentences.map((s) => s.words),
    sentences: doc.sentences.map((s) => ({
      view: viewSentence(s.words, lookups.gazetteer, lookups.clusters),
      gold: Int32Array.from(
        bilouFromSpans(spansFromTags(s.tags), s.words.length),
        (l) => LABEL_INDEX.get(l) ?? 0,
      ),
      rows: new Int32Array(0),
      offsets: new Int32Array(s.words.length + 1),
    })),
  }));
  let rows: number[] = [];
  forEachToken((d, s, i, features) => {
    const sentence = prepared[d]?.sentences[s];
    if (!sentence) return;
    if (i === 0) rows = [];
    for (const f of features) {
      const row = model.row(f, false);
      if (row >= 0) rows.push(row);
    }
    sentence.offsets[i + 1] = rows.length;
    if (i === sentence.view.words.length - 1) sentence.rows = Int32Array.from(rows);
  });
  return prepared;
}
