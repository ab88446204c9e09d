/**
 * The decision layer's model: multinomial logistic regression over string features, trained by plain
 * SGD in a fixed order with a seeded shuffle, so the same examples give the same weights on every
 * machine. Classes are `TYPE/CAMEO` codes plus `none` (no event).
 */
import { z } from 'zod';
import { seededRandom } from '../util/random.js';

export const NO_EVENT = 'none';

/**
 * feature → one weight per class, checked by one loop: zod's record of arrays took 50–100 ms of a cold
 * `analyze` for the model's 4,500 features (and copied them); the same values pass and fail.
 */
const weightTable = z.custom<Record<string, number[]>>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (row) => Array.isArray(row) && row.every((w) => typeof w === 'number' && Number.isFinite(w)),
    ),
  { message: 'weights: expected feature → array of numbers' },
);

export const EventModelSchema = z.object({
  classes: z.array(z.string()),
  /** feature → one weight per class. */
  weights: weightTable,
  /** Least probability a candidate that no cue covers needs to be coded. */
  verbThreshold: z.number(),
  /** Least probability of `none` that drops a cue-table candidate. */
  dropThreshold: z.number(),
  /** Least probability of another class that overrules a cue's own class. */
  switchThreshold: z.number(),
  /** Least probability of its own class a cue needs to be kept (0 or absent: no such floor). */
  keepThreshold: z.number().optional(),
  provenance: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type EventModel = z.infer<typeof EventModelSchema>;

export interface Example {
  features: readonly string[];
  label: string;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * Starting weight of a cue's own class (`class:X` feature → class X): the cue table is prior knowledge
   * the data may overrule but need not relearn from a few hundred sentences.
   */
  prior: number;
  /**
   * Starting weight of the class PETRARCH's verb dictionary gives a candidate's words (`dclass:X` → X):
   * weaker prior knowledge than the cue table's, for verbs the table lacks. Absent: 0.
   */
  dictPrior?: number;
}

/** Class probabilities for one feature set (softmax of the summed weights). */
export function predict(model: EventModel, features: readonly string[]): number[] {
  return predictFrom(weightRows(model), model.classes.length, features);
}

/**
 * A model's weights as a Map of typed rows, built once per model object: the parsed JSON record is a
 * dictionary-mode object of plain arrays, slower to look up and read for every candidate. Same numbers.
 */
const rowsOfModel = new WeakMap<EventModel, ReadonlyMap<string, Float64Array>>();

function weightRows(model: EventModel): ReadonlyMap<string, Float64Array> {
  let rows = rowsOfModel.get(model);
  if (!rows) {
    rows = new Map(Object.entries(model.weights).map(([f, w]) => [f, Float64Array.from(w)]));
    rowsOfModel.set(model, rows);
  }
  return rows;
}

function softmax(scores: ArrayLike<number>, n = scores.length): number[] {
  // loops over the typed scores, no spread or copies: the same operations in the same order as
  // Math.max(...scores), map(exp), reduce(+), map(/sum), so the same doubles
  let max = -Infinity;
  for (let k = 0; k < n; k++) max = Math.max(max, scores[k]!);
  const out = new Array<number>(n);
  let sum = 0;
  for (let k = 0; k < n; k++) sum += out[k] = Math.exp(scores[k]! - max);
  for (let k = 0; k < n; k++) out[k] = out[k]! / sum;
  return out;
}

export interface Thresholds {
  verbThreshold: number;
  dropThreshold: number;
  switchThreshold: number;
  keepThreshold: number;
}

export function train(
  examples: readonly Example[],
  options: TrainOptions,
  thresholds: Thresholds,
  provenance: Record<string, string | number>,
): EventModel {
  const classes = [
    NO_EVENT,
    ...[...new Set(examples.map((e) => e.label))].filter((c) => c !== NO_EVENT).sort(),
  ];
  const index = new Map(classes.map((c, i) => [c, i]));
  const weights = new Map<string, number[]>();
  for (const [c, k] of index) {
    if (c === NO_EVENT) continue;
    const w = new Array<number>(classes.length).fill(0);
    w[k] = options.prior;
    weights.set(`class:${c}`, w);
    if (options.dictPrior) {
      const d = new Array<number>(classes.length).fill(0);
      d[k] = options.dictPrior;
      weights.set(`dclass:${c}`, d);
    }
  }
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.learningRate / (1 + epoch);
    for (const n of order) {
      const ex = examples[n]!;
      const probs = predictFrom(weights, classes.length, ex.features);
      const gold = index.get(ex.label)!;
      for (const f of ex.features) {
        let w = weights.get(f);
        if (!w) weights.set(f, (w = new Array<number>(classes.length).fill(0)));
        for (let k = 0; k < classes.length; k++) {
          const grad = probs[k]! - (k === gold ? 1 : 0);
          w[k] = w[k]! * (1 - rate * options.l2) - rate * grad;
        }
      }
    }
  }
  const rounded: Record<string, number[]> = {};
  for (const f of [...weights.keys()].sort())
    rounded[f] = weights.get(f)!.map((x) => Math.round(x * 1e5) / 1e5);
  const { verbThreshold, dropThreshold, switchThreshold, keepThreshold } = thresholds;
  return {
    classes,
    weights: rounded,
    verbThreshold,
    dropThreshold,
    switchThreshold,
    keepThreshold,
    provenance,
  };
}

function predictFrom(
  weights: ReadonlyMap<string, ArrayLike<number>>,
  n: number,
  features: readonly string[],
): number[] {
  // typed scores: the sums are the same doubles, added without a plain array's boxing checks; one
  // buffer reused by every call (a typed array costs more to allocate than the sums it holds)
  if (scratch.length < n) scratch = new Float64Array(n);
  const scores = scratch;
  scores.fill(0, 0, n);
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < n; k++) scores[k]! += w[k]!;
  }
  return softmax(scores, n);
}

/** The scores buffer of `predictFrom`, read only within one call (softmax copies out of it). */
let scratch = new Float64Array(0);
