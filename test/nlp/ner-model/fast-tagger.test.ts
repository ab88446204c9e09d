/**
 * The tagger decodes with integer feature rows and per-word caches (fast-decoder.ts); training uses the
 * feature strings of features.ts. These tests hold the two to the same answers, token for token.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeGreedy } from '../../../src/nlp/ner/model/decoder.js';
import { NerDocContext } from '../../../src/nlp/ner/model/doc-context.js';
import { FastDecoder } from '../../../src/nlp/ner/model/fast-decoder.js';
import { observationFeatures } from '../../../src/nlp/ner/model/features.js';
import { Gazetteer } from '../../../src/nlp/ner/model/gazetteer.js';
import { viewSentence } from '../../../src/nlp/ner/model/sentence-view.js';
import { WordClusters } from '../../../src/nlp/ner/model/word-clusters.js';
import { casing, longShape, shortShape } from '../../../src/nlp/ner/model/shape.js';
import { DEFAULT_NER_MODEL } from '../../../src/nlp/ner/model/index.js';
import { decodeModel } from '../../../src/nlp/ner/model/model-file.js';
import { nerModelFromContents } from '../../../src/nlp/ner/model/ner-model.js';
import { referenceNerModel } from '../../../src/nlp/ner/model/reference-tagger.js';
import { modelFile } from '../../../src/util/paths.js';

const path = modelFile(DEFAULT_NER_MODEL);
const contents = decodeModel(readFileSync(path), path);
const fast = nerModelFromContents(contents);
const reference = referenceNerModel(contents);

const DOCUMENTS: string[][] = [
  [
    'RUSSIA AND CHINA SIGN GAS DEAL IN NEW YORK CITY',
    'Russian President Vladimir Putin met Xi Jinping in New York City on Monday .',
    'Putin said the deal , worth $ 400 billion , would last 30 years .',
    '" We are very pleased , " Putin told reporters in the Kremlin .',
    'china national petroleum corp. and gazprom signed the papers .',
  ],
  [
    'The U.S.-based firm Maxar Technologies said on 1996-08-22 that iPhone sales in São Paulo fell .',
    '( Reuters ) - Nagorno-Karabakh talks in Geneva , Paris and Kyoto ended .',
    'John Paris of York met Paris Hilton in Paris : " Paris ! " he said -- Paris .',
    "ÉCOLE Ça 東京 Δελτα naïve O'Brien McCague 3-1 1-0 ` `` '' ...",
  ],
];

/** Per token, the label scores of the fast decoder and of training's decoder, same model, same document. */
function scoresBothWays(
  sentences: readonly (readonly string[])[],
  limits?: { forms: number; pairs: number },
): { fast: number[][]; slow: number[][] } {
  const rows = new Map(contents.header.features.map((f, row) => [f, row]));
  const n = contents.header.labels.length;
  const addScores = (features: readonly string[], scores: Float64Array): void => {
    for (const f of features) {
      const row = rows.get(f);
      if (row === undefined) continue;
      for (let y = 0; y < n; y++) scores[y] = scores[y]! + contents.weights[row * n + y]!;
    }
  };
  const gazetteer = new Gazetteer(contents.header.gazetteer);
  const clusters = new WordClusters(contents.header.clusters);
  const decoder = new FastDecoder(contents.weights, (f) => rows.get(f) ?? -1, gazetteer, clusters, limits);
  const fastDoc = new NerDocContext(sentences);
  const slowDoc = new NerDocContext(sentences);
  const out = { fast: [] as number[][], slow: [] as number[][] };
  for (const words of sentences) {
    decoder.decode(words, fastDoc, (_i, scores) => out.fast.push(Array.from(scores)));
    const view = viewSentence(words, gazetteer, clusters);
    const buffer: string[] = [];
    decodeGreedy(view, slowDoc, {
      observation: (i, scores) => {
        buffer.length = 0;
        observationFeatures(view, i, slowDoc, buffer);
        addScores(buffer, scores);
      },
      features: (features, scores) => {
        addScores(features, scores);
        out.slow.push(Array.from(scores));
      },
    });
  }
  return out;
}

const tokenize = (sentences: readonly string[]): string[][] => sentences.map((s) => s.split(' '));

test('fast decoder computes bit-identical label scores to the training-time feature strings', () => {
  for (const doc of [...DOCUMENTS, DOCUMENTS.flat()]) {
    const { fast: f, slow } = scoresBothWays(tokenize(doc));
    assert.equal(f.length, tokenize(doc).flat().length);
    assert.deepEqual(f, slow);
  }
});

test('scores stay identical when the caches overflow and are dropped between sentences', () => {
  const doc = tokenize(DOCUMENTS.flat());
  const { fast: f, slow } = scoresBothWays([...doc, ...doc], { forms: 8, pairs: 20 });
  assert.deepEqual(f, slow);
});

test('fast tagger gives the reference tagger’s tags on news sentences', () => {
  for (const doc of DOCUMENTS)
    assert.deepEqual(fast.tagDocument(tokenize(doc)), reference.tagDocument(tokenize(doc)));
});

test('fast tagger agrees with the reference on the same words seen again (warm caches)', () => {
  const doc = tokenize(DOCUMENTS.flat());
  fast.tagDocument(doc);
  assert.deepEqual(fast.tagDocument(doc), reference.tagDocument(doc));
  assert.deepEqual(
    [...doc].reverse().map((s) => fast.tag(s)),
    [...doc].reverse().map((s) => reference.tag(s)),
  );
});

test('fast tagger agrees with the reference on random documents', () => {
  const vocabulary = [
    ...'Putin met Xi in new york city , PARIS paris said the of " ( - : BANK Bank bank 1996 U.S. iPhone'.split(
      ' ',
    ),
    'São',
    'Paulo',
    "O'Brien",
    '--',
    '``',
  ];
  const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 });
  fc.assert(
    fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), (doc) => {
      assert.deepEqual(fast.tagDocument(doc), reference.tagDocument(doc));
    }),
    { numRuns: 300, seed: 20250814 },
  );
});

/** The exhaustive matcher the prefix-pruned one replaced: every span of up to 4 tokens is looked up. */
function exhaustiveMatch(lists: Record<string, string[]>, lower: readonly string[]): string[][] {
  const categories = Object.keys(lists).sort();
  const phrases = new Map<string, number>();
  categories.forEach((c, bit) => {
    for (const p of lists[c] ?? []) {
      const key = p.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
      phrases.set(key, (phrases.get(key) ?? 0) | (1 << bit));
    }
  });
  const out: string[][] = lower.map(() => []);
  const covered = new Set<string>();
  for (let start = 0; start < lower.length; start++) {
    for (let end = Math.min(lower.length, start + 4); end > start; end--) {
      const bits = phrases.get(lower.slice(start, end).join(' '));
      if (bits === undefined) continue;
      categories.forEach((c, bit) => {
        if ((bits & (1 << bit)) === 0) return;
        for (let i = start; i < end; i++) {
          if (covered.has(i + c)) continue;
          covered.add(i + c);
          out[i]!.push(c + ':' + (end - start === 1 ? 'U' : i === start ? 'B' : i === end - 1 ? 'L' : 'I'));
        }
      });
    }
  }
  return out;
}

test('gazetteer matching equals the exhaustive search over all short spans', () => {
  const lists = {
    CITY: ['New York', 'New York City', 'York', 'Paris', 'Salt Lake City', 'Lake'],
    FIRSTNAME: ['Paris', 'John', 'Salt'],
    REGION: ['New York', 'Lake City Region North'],
  };
  const gazetteer = new Gazetteer(lists);
  const words = ['new', 'york', 'city', 'paris', 'salt', 'lake', 'region', 'north', 'john', 'the'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (lower) => {
      const expected = exhaustiveMatch(lists, lower);
      assert.deepEqual(gazetteer.match(lower), expected);
      const cached = gazetteer.matchCodes(
        lower,
        lower.map((w) => gazetteer.entry(w)),
      );
      assert.deepEqual(
        cached.map((codes) => (codes ?? []).map((c) => gazetteer.codeName(c))),
        expected,
      );
    }),
    { numRuns: 500, seed: 7 },
  );
});

/** The shape rules written with Unicode classes only (shape.ts adds an ASCII shortcut). */
function unicodeClass(ch: string): string {
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{Ll}/u.test(ch)) return 'x';
  if (/\p{Nd}/u.test(ch)) return 'd';
  return ch;
}

test('shapes and casing match their Unicode-class definitions on any text', () => {
  const word = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 12 }));
  fc.assert(
    fc.property(word, (w) => {
      const classes = [...w].map(unicodeClass);
      assert.equal(shortShape(w), classes.filter((c, i) => c !== classes[i - 1]).join(''));
      const upper = classes.filter((c) => c === 'X').length;
      const lower = classes.filter((c) => c === 'x').length;
      const first = classes.find((c) => c === 'X' || c === 'x');
      const expected =
        upper + lower === 0
          ? 'none'
          : lower === 0
            ? upper >= 2
              ? 'upper'
              : 'title'
            : upper === 0
              ? 'lower'
              : first === 'X' && upper === 1
                ? 'title'
                : 'mixed';
      assert.equal(casing(w), expected);
    }),
    { numRuns: 2000, seed: 11 },
  );
  const longShapes: [string, string][] = [
    ['Ça-Δelta_9', 'Xx-Xxxxx_d'],
    ['ÉCOLE', 'XXXX'],
  ];
  for (const [w, long] of longShapes) assert.equal(longShape(w), long, w);
});
