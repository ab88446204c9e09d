/**
 * K-fold cross-validation of the NER training settings on the training file alone (`npm run train:ner --
 * --cv 5`), so that the shipped settings are chosen without reading a dev or test split.
 *
 * Folds are by document: document i (in file order) is held out in fold i mod k, which is deterministic and
 * keeps every article's sentences together (the model reads document-level features). For each feature
 * cut-off one model per fold is trained up to the largest epoch count; the averaged weights after each
 * epoch count of the grid are scored on the held-out fold (the training itself does not change by reading
 * them), so epoch counts cost no extra training. Scores are conlleval entity F1 of the tagger alone, pooled
 * over the k held-out folds (micro), with the spread of the per-fold F1s.
 */
import type { TaggedDocument } from '../../src/nlp/ner/model/conll.js';
import { nerModelFromContents } from '../../src/nlp/ner/model/ner-model.js';
import { trainNer, type TrainOptions } from '../../src/nlp/ner/model/train.js';
import { ConllEvaluator } from './conlleval.js';

export interface CvGrid {
  epochs: readonly number[];
  minFeatureCount: readonly number[];
}

export interface CvSetting {
  epochs: number;
  minFeatureCount: number;
}

export interface CvResult extends CvSetting {
  /** Entity F1 pooled over all held-out folds. */
  f1: number;
  foldF1: number[];
}

type BaseOptions = Omit<TrainOptions, 'epochs' | 'minFeatureCount' | 'afterEpoch' | 'log' | 'provenance'>;

export function foldsOf<T>(items: readonly T[], k: number): { train: T[]; held: T[] }[] {
  return Array.from({ length: k }, (_, fold) => ({
    train: items.filter((_, i) => i % k !== fold),
    held: items.filter((_, i) => i % k === fold),
  }));
}

export function crossValidate(
  documents: readonly TaggedDocument[],
  k: number,
  grid: CvGrid,
  base: BaseOptions,
  log: (message: string) => void = () => undefined,
  /** Only these folds (1-based; default all): one run's folds can be split across processes, then pooled. */
  onlyFolds?: readonly number[],
): CvResult[] {
  const lastEpoch = Math.max(...grid.epochs);
  const results: CvResult[] = [];
  for (const minFeatureCount of grid.minFeatureCount) {
    const pooled = new Map(grid.epochs.map((e) => [e, new ConllEvaluator()]));
    const perFold = new Map<number, number[]>(grid.epochs.map((e) => [e, []]));
    foldsOf(documents, k).forEach(({ train, held }, fold) => {
      if (onlyFolds && !onlyFolds.includes(fold + 1)) return;
      trainNer(train, {
        ...base,
        epochs: lastEpoch,
        minFeatureCount,
        afterEpoch: (epoch, snapshot) => {
          const evaluator = pooled.get(epoch);
          if (!evaluator) return;
          const model = nerModelFromContents(snapshot());
          const own = new ConllEvaluator();
          for (const doc of held) {
            const tags = model.tagDocument(doc.sentences.map((s) => s.words));
            doc.sentences.forEach((s, i) => {
              evaluator.add(s.tags, tags[i] ?? []);
              own.add(s.tags, tags[i] ?? []);
            });
          }
          const { f1, correct, predicted, gold } = own.result().overall;
          perFold.get(epoch)?.push(f1);
          log(
            `cut-off ${minFeatureCount}, fold ${fold + 1}/${k}, ${epoch} epochs: F1 ${f1.toFixed(4)} ` +
              `(correct ${correct}, predicted ${predicted}, gold ${gold})`,
          );
        },
      });
    });
    for (const epochs of grid.epochs) {
      const f1 = pooled.get(epochs)?.result().overall.f1 ?? 0;
      results.push({ epochs, minFeatureCount, f1, foldF1: perFold.get(epochs) ?? [] });
    }
  }
  return results;
}

/** The best pooled F1; on a tie (to 4 decimals) the cheaper setting: fewer epochs, then a higher cut-off. */
export function bestSetting(results: readonly CvResult[]): CvResult | undefined {
  const r4 = (x: number): number => Math.round(x * 10_000);
  return [...results].sort(
    (a, b) => r4(b.f1) - r4(a.f1) || a.epochs - b.epochs || b.minFeatureCount - a.minFeatureCount,
  )[0];
}
