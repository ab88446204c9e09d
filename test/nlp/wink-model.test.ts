import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { readCoreModel, winkEnglishModel } from '../../src/nlp/wink-model.js';

const TEXT =
  "Mr. O'Neill, 54, told reporters in Washington on Monday that the U.S. wouldn't pay $3.5bn. \"We won't,\" he said.";

describe('wink-model: the English lite model read in one pass', () => {
  it('builds the same core model as the package (tables, hashes, clusters, sizes)', () => {
    type Core = { features: { lexeme: { list: string[]; hash?: Record<string, number> } } };
    const theirs = (packageModel as unknown as { core: () => Core }).core();
    const ours = readCoreModel() as unknown as Core;
    const [theirHash, ourHash] = [theirs.features.lexeme.hash!, ours.features.lexeme.hash!];
    // The lexeme hash is a packed index: same answer for every lexeme and for words it lacks.
    for (const word of [...theirs.features.lexeme.list, 'newsgraphless', 'constructor', '__proto__'])
      assert.equal(ourHash[word], theirHash[word], word);
    delete theirs.features.lexeme.hash;
    delete ours.features.lexeme.hash;
    assert.deepStrictEqual(ours, theirs);
  });

  it('has the parts the package exports', () => {
    assert.deepStrictEqual(Object.keys(winkEnglishModel()).sort(), Object.keys(packageModel).sort());
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
