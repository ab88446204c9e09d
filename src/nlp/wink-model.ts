/**
 * wink's English lite model (wink-eng-lite-web-model), assembled from the package's own parts with a faster
 * reader for its 3 MB core model. Why: the package's `model.js` requires every model JSON when imported, and
 * its `core()` then deep-copies the core model (`JSON.parse(JSON.stringify(…))`) and decodes two base64
 * tables one character at a time, about a fifth of a cold `analyze` and much of its garbage collection. Here
 * the core JSON is parsed once, straight from the file, and the tables are decoded by `Buffer`; the model
 * object is the same as the package's `core()` builds (`test/nlp/wink-model.test.ts` compares the two).
 * The other parts (sentence, POS, NER, negation and sentiment machines, feature function, add-ons) are the
 * package's own modules, as its `model.js` wires them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from 'wink-nlp';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('wink-eng-lite-web-model'));
const part = (name: string): unknown => require(join(DIST, name));

/** The fields of the core model that `core()` rewrites; the rest passes through untouched. */
interface CoreModel {
  packing: {
    layout: Record<string, number[]>;
    efList?: string[];
  };
  features: Record<
    string,
    {
      list: string[];
      hash?: Record<string, number>;
      intrinsicSize?: number;
      index?: number;
      maxIndex?: number;
    }
  >;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** Base64 to 32-bit words, in a fresh buffer of their own as the package's decoder gives. */
function wordsFromBase64(data: string | Uint32Array): Uint32Array {
  if (typeof data !== 'string') return data;
  const bytes = Buffer.from(data, 'base64');
  const words = new Uint32Array(bytes.length / 4);
  new Uint8Array(words.buffer).set(bytes);
  return words;
}

function indexList(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

/** What the package's `load-core-model.js` (with `read-core-model.js`) returns, read in one pass. */
export function readCoreModel(): CoreModel {
  const file = join(DIST, 'languages', 'cur', 'models', 'eng-core-web-model.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = wordsFromBase64(model.lexicon);
  model.xpansions = wordsFromBase64(model.xpansions);
  for (const f in packing.layout)
    if (packing.layout[f]![3] === 0) features[f]!.hash = indexList(features[f]!.list);
  // A plain object, not a packed index behind a Proxy: that built 50–80 ms faster at start but cost ~0.5 ms per
  // article in the nlp stage (`npm run bench -- stages-ab`, BENCHMARKS.md), a worse trade for ingest.
  features.lexeme!.hash = indexList(features.lexeme!.list);
  const clusters = features.posClusters!.list as unknown as Set<number>[];
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set((clusters[k] as unknown as string).split('_').map((tag) => pos.hash[tag] || 0));
  // load-core-model.js: sizes and the list of extensible features.
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

const ADDONS: readonly [string, string][] = [
  ['stem', 'porter-stemmer.js'],
  ['lemmatize', 'lemmatize.js'],
  ['readabilityStats', 'readability-stats.js'],
];

/** wink's JSON for a machine that recognises nothing (the package's `emptyModelJSON`). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/** Annotations whose machines wink's `load()` reads whatever the pipe, keyed by the model part that holds them. */
const PIPE_PARTS: readonly (readonly [part: string, annotation: string, file: string, machines: number])[] = [
  ['ner', 'ner', 'load-ner-model.js', 3],
  ['negation', 'negation', 'load-negation-model.js', 1],
  ['sa', 'sentiment', 'load-sa-model.js', 1],
];

/**
 * The part loader for an annotation: the package's own, or, when `pipe` leaves the annotation out, one with
 * empty machines. Why: wink's `load()` reads and parses every part's machines whatever the pipe, and runs
 * a part's machines only for annotations in the pipe; the sentiment and NER machines (575 KB of JSON)
 * were ~15 ms of a cold `analyze` spent on tables never run.
 */
function pipePart(
  pipe: readonly string[] | undefined,
  [, annotation, file, machines]: (typeof PIPE_PARTS)[number],
): unknown {
  if (!pipe || pipe.includes(annotation)) return part(file);
  return () => ({
    machines: new Array<string>(machines).fill(EMPTY_MACHINE),
    transformers: [],
    setter: () => undefined,
  });
}

/**
 * The model as the package's `model.js` exports it, with the fast core reader. With `pipe` (the annotations
 * the caller will ask wink for), the machines of annotations outside it are left empty.
 */
export function winkEnglishModel(pipe?: readonly string[]): Model {
  const addons: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  // Read on first use: only `its.stem`, `its.lemma` and `its.readabilityStats` call them, which the pipeline
  // does not; the lemmatiser's tables were ~3 % of a cold `analyze`.
  for (const [name, file] of ADDONS)
    Object.defineProperty(addons, name, { enumerable: true, get: () => part(file) });
  addons.wordVectors = undefined;
  const model = Object.create(null) as Record<string, unknown>;
  model.core = readCoreModel;
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  for (const entry of PIPE_PARTS) model[entry[0]] = pipePart(pipe, entry);
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  model.addons = addons;
  return model as unknown as Model;
}
