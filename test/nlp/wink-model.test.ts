import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readCoreModel, winkEnglishModel } from '../../src/nlp/wink-model.js';

const TEXT =
  "Mr. O'Neill, 54, told reporters in Washington on Monday that the U.S. wouldn't pay $3.5bn. \"We won't,\" he said.";

describe('wink-model: the English lite model read in one pass', () => {
  it('builds the same core model as the package (tables, hashes, clusters, sizes)', () => {
    const theirs = (packageModel as unknown as { core: () => unknown }).core();
    assert.deepStrictEqual(readCoreModel(), theirs);
  });

  it('has the parts the package exports', () => {
    assert.deepStrictEqual(Object.keys(winkEnglishModel()).sort(), Object.keys(packageModel).sort());
  });

  it("gives the package's stemmer, lemmatiser and readability add-ons when asked", () => {
    type Addons = Record<string, unknown>;
    const ours = (winkEnglishModel() as unknown as { addons: Addons }).addons;
    const theirs = (packageModel as unknown as { addons: Addons }).addons;
    assert.deepStrictEqual(Object.keys(ours).sort(), Object.keys(theirs).sort());
    for (const name of ['stem', 'lemmatize', 'readabilityStats'])
      assert.equal(ours[name], theirs[name], name);
    const nlp = winkNLP(winkEnglishModel(), ['sbd', 'pos']);
    const doc = nlp.readDoc('The ministers were meeting in Geneva and talked about ceasefires.');
    const official = winkNLP(packageModel, ['sbd', 'pos']).readDoc(
      'The ministers were meeting in Geneva and talked about ceasefires.',
    );
    // wink's declarations type these two as add-on readers, which `out` accepts at run time.
    for (const its of [nlp.its.lemma, nlp.its.stem] as unknown as (typeof nlp.its.value)[])
      assert.deepStrictEqual(doc.tokens().out(its), official.tokens().out(its));
  });

  it('reads a text into the same tokens, tags and sentences', () => {
    const read = (nlp: ReturnType<typeof winkNLP>): unknown => {
      const doc = nlp.readDoc(TEXT);
      const its = nlp.its;
      return [
        doc.tokens().out(),
        doc.tokens().out(its.pos),
        doc.tokens().out(its.type),
        doc.sentences().out(),
      ];
    };
    assert.deepStrictEqual(
      read(winkNLP(winkEnglishModel(), ['sbd', 'pos'])),
      read(winkNLP(packageModel, ['sbd', 'pos'])),
    );
  });

  it('with a pipe, reads the same and never loads the machines of annotations outside it', () => {
    const require = createRequire(import.meta.url);
    const dist = dirname(require.resolve('wink-eng-lite-web-model'));
    const saFiles = [join(dist, 'load-sa-model.js'), join(dist, 'languages/cur/models/eng-sa-model.json')];
    for (const file of saFiles) delete require.cache[file]; // loaded by the tests above: forget them
    const pipe = ['sbd', 'pos'];
    // A wire-service sentence shape: dateline, quote, attribution, then a negated clause.
    const text =
      'LONDON (Reuters) - "We are not going to sign this deal," the minister told parliament on Tuesday. Talks will resume.';
    const read = (nlp: ReturnType<typeof winkNLP>): unknown => {
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(nlp.its.pos), doc.tokens().out(nlp.its.type), doc.sentences().out()];
    };
    const ours = winkNLP(winkEnglishModel(pipe), pipe);
    for (const file of saFiles) assert.equal(require.cache[file], undefined, `${file} was read`);
    assert.deepStrictEqual(read(ours), read(winkNLP(packageModel, pipe)));
    assert.deepStrictEqual(Object.keys(winkEnglishModel(pipe)).sort(), Object.keys(packageModel).sort());
  });

  it('still runs every annotation when no pipe is named', () => {
    const nlp = winkNLP(winkEnglishModel(), ['sbd', 'pos', 'ner', 'negation', 'sentiment']);
    const official = winkNLP(packageModel, ['sbd', 'pos', 'ner', 'negation', 'sentiment']);
    const text = 'The talks in Geneva on 5 March were not a success, officials said.';
    const read = (n: ReturnType<typeof winkNLP>): unknown => {
      const doc = n.readDoc(text);
      return [
        doc.entities().out(n.its.detail),
        doc.out(n.its.sentiment),
        doc.tokens().out(n.its.negationFlag),
      ];
    };
    assert.deepStrictEqual(read(nlp), read(official));
  });
});
