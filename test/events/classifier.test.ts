import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  EventModelSchema,
  NO_EVENT,
  predict,
  train,
  type EventModel,
  type Example,
} from '../../src/events/classifier.js';
import { EVENT_MODEL_FILE, loadEventModel } from '../../src/events/model.js';
import { modelFile } from '../../src/util/paths.js';

const EXAMPLES: Example[] = [
  { features: ['bias', 'lem:meet', 'class:CONSULT/04'], label: 'CONSULT/04' },
  { features: ['bias', 'lem:meet', 'obj:deadline', 'class:CONSULT/04'], label: NO_EVENT },
  { features: ['bias', 'lem:shell'], label: 'ASSAULT/19' },
  { features: ['bias', 'lem:say'], label: NO_EVENT },
];
const OPTIONS = { epochs: 30, learningRate: 0.5, l2: 0, seed: 7, prior: 1 };
const THRESHOLDS = { verbThreshold: 0.5, dropThreshold: 0.9, switchThreshold: 1, keepThreshold: 0 };

describe('event decision classifier', () => {
  it('trains deterministically: the same examples give the same weights', () => {
    assert.deepEqual(train(EXAMPLES, OPTIONS, THRESHOLDS, {}), train(EXAMPLES, OPTIONS, THRESHOLDS, {}));
  });
  it('learns its training examples, "none" included', () => {
    const model = train(EXAMPLES, OPTIONS, THRESHOLDS, {});
    for (const ex of EXAMPLES) {
      const probs = predict(model, ex.features);
      assert.equal(model.classes[probs.indexOf(Math.max(...probs))], ex.label, ex.features.join(' '));
    }
  });
  it('gives the softmax of the summed weights, to the last bit', () => {
    // the features of "Russia shelled Ukrainian villages" as the shipped model reads them
    const model = loadEventModel()!;
    const features = ['bias', 'kind:cue', 'lem:shelled', 'lem:shell', 'pos:VERB', 'src:subj', 'tgt:obj'];
    const sums = model.classes.map((_, k) => features.reduce((s, f) => s + (model.weights[f]?.[k] ?? 0), 0));
    const max = Math.max(...sums);
    const exp = sums.map((x) => Math.exp(x - max));
    const total = exp.reduce((a, b) => a + b, 0);
    assert.deepEqual(
      predict(model, features),
      exp.map((e) => e / total),
    );
  });
  it('the shipped model loads and records what it was trained on', () => {
    const model = loadEventModel();
    assert.ok(model);
    assert.equal(model.classes[0], NO_EVENT);
    assert.match(String(model.provenance['data']), /PLOVER GSR.*Multi-CoPED/);
  });
});

it('the model schema takes the shipped model and refuses a weight that is not a number', () => {
  const model = JSON.parse(readFileSync(modelFile(EVENT_MODEL_FILE), 'utf8')) as EventModel;
  assert.deepEqual(EventModelSchema.parse(model), model);
  const [feature] = Object.keys(model.weights);
  const bad = { ...model, weights: { ...model.weights, [feature!]: ['0.5'] } };
  assert.equal(EventModelSchema.safeParse(bad).success, false);
  assert.equal(EventModelSchema.safeParse({ ...model, weights: [[0.5]] }).success, false);
});
