import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
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
});
