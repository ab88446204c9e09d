import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConll, type TaggedDocument } from '../../../src/nlp/ner/model/conll.js';
import { encodeModel, decodeModel } from '../../../src/nlp/ner/model/model-file.js';
import { nerModelFromContents } from '../../../src/nlp/ner/model/ner-model.js';
import { trainNer, type TrainOptions } from '../../../src/nlp/ner/model/train.js';

/** A tiny synthetic corpus: names, places and companies in a few sentence frames. */
function syntheticCorpus(): TaggedDocument[] {
  const people = [
    ['Anna', 'Berg'],
    ['Tomas', 'Klein'],
    ['Maria', 'Lopez'],
    ['Ivan', 'Petrov'],
  ];
  const places = ['Oslo', 'Lima', 'Kyoto', 'Dakar'];
  const companies = [
    ['Acme', 'Corp'],
    ['Zenith', 'Bank'],
    ['Nordic', 'Steel'],
  ];
  const docs: TaggedDocument[] = [];
  people.forEach((person, p) => {
    const place = places[p % places.length] ?? 'Oslo';
    const company = companies[p % companies.length] ?? ['Acme', 'Corp'];
    docs.push({
      sentences: [
        {
          words: [...person, 'visited', place, 'on', 'Monday', '.'],
          tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O'],
        },
        {
          words: [...company, 'hired', person[1] ?? '', 'in', place, '.'],
          tags: ['B-ORG', 'I-ORG', 'O', 'B-PER', 'O', 'B-LOC', 'O'],
        },
      ],
    });
  });
  return docs;
}

const options: TrainOptions = {
  epochs: 5,
  seed: 7,
  minFeatureCount: 1,
  caseAugmentation: 0.25,
  minWeight: 0,
  gazetteer: { CITY: ['Oslo', 'Lima'], FIRSTNAME: ['Anna', 'Maria'] },
};

test('training is deterministic: two runs give identical model bytes', () => {
  const first = encodeModel(trainNer(syntheticCorpus(), options));
  const second = encodeModel(trainNer(syntheticCorpus(), options));
  assert.ok(first.length > 100);
  assert.ok(first.equals(second));
});

test('a different seed changes the model (the seed is really used)', () => {
  const a = encodeModel(trainNer(syntheticCorpus(), options));
  const b = encodeModel(trainNer(syntheticCorpus(), { ...options, seed: 8 }));
  assert.ok(!a.equals(b));
});

test('the trained tiny model learns its corpus and survives a save/load round trip', () => {
  const bytes = encodeModel(trainNer(syntheticCorpus(), options));
  const model = nerModelFromContents(decodeModel(bytes, 'tiny'));
  assert.deepEqual(model.tag(['Maria', 'Lopez', 'visited', 'Kyoto', 'on', 'Monday', '.']), [
    'B-PER',
    'I-PER',
    'O',
    'B-LOC',
    'O',
    'O',
    'O',
  ]);
});

test('corrupt model files are rejected with the path in the message', () => {
  assert.throws(
    () =>
      decodeModel(
        encodeModel({
          header: { labels: ['O'], features: ['b'], gazetteer: {}, provenance: {} },
          weights: new Float32Array(0),
        }),
        'x.bin',
      ),
    /x\.bin/,
  );
});

test('parseConll splits documents and sentences and keeps the last column', () => {
  const text =
    '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n';
  const docs = parseConll(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]?.sentences, [
    { words: ['EU', 'rejects'], tags: ['I-ORG', 'O'] },
    { words: ['Peter'], tags: ['I-PER'] },
  ]);
  assert.deepEqual(docs[1]?.sentences, [{ words: ['Bonn'], tags: ['I-LOC'] }]);
});

test('parseConll reads WikiANN lines: language prefix off, each sentence a document of its own', () => {
  const text = 'en:Sioux\tB-ORG\nen:Falls\tI-ORG\nen::\tO\n\nen:George\tB-PER\nen:en:\tO\n';
  const docs = parseConll(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]?.sentences, [{ words: ['Sioux', 'Falls', ':'], tags: ['B-ORG', 'I-ORG', 'O'] }]);
  assert.deepEqual(docs[1]?.sentences, [{ words: ['George', 'en:'], tags: ['B-PER', 'O'] }]);
});

test('parseConll keeps a CoNLL token that merely contains a colon', () => {
  const docs = parseConll('-DOCSTART- -X- O O\n\nen:route NN I-NP O\nBonn NNP I-NP I-LOC\n');
  assert.deepEqual(docs[0]?.sentences[0]?.words, ['en:route', 'Bonn']);
});
