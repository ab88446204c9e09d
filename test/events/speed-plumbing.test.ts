/**
 * Speed plumbing of the events stage that must not change what it finds (evspeed): buffers reused across
 * calls, per-form flags, early exits and index shortcuts give the same answers as the plain computation.
 * Sentences written for these tests, in the shapes of news text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { predict, type EventModel } from '../../src/events/classifier.js';
import { loadShippedVerbs } from '../../src/events/dictionaries/shipped-verbs.js';
import { codeEvents, documentViews } from '../../src/events/index.js';
import { loadEventModel } from '../../src/events/model.js';
import { findUnnamed } from '../../src/events/unnamed.js';
import { unnamedScope } from '../../src/events/unnamed-entities.js';
import { buildVerbPatterns, patternAt } from '../../src/events/verb-patterns.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const entities = { ...WORLD, lagos: { type: 'GPE' as const, names: ['Lagos'], country: 'NG' } };

describe('events speed plumbing: same answers', () => {
  it('finds the same unnamed actors with the word forms as from the words alone', () => {
    const text =
      'Police in Lagos arrested twelve protesters on Monday. The company said its profits rose by 5% in the year. Syrian soldiers shelled the village at dawn.';
    const doc = makeDoc({ text, entities });
    const views = documentViews(doc, ctx);
    assert.equal(views.length, 3);
    const found = views.map((v) => {
      const mentions = doc.mentions.filter((m) => m.sentence === v.index);
      // no named actors given: the place after "Police in" is then not taken in (the view does that)
      const args = [unnamedScope(doc, ctx), v.tokens, v.lower, [], mentions, v.index] as const;
      return { plain: findUnnamed(...args), withForms: findUnnamed(...args, v.forms) };
    });
    for (const { plain, withForms } of found) assert.deepEqual(withForms, plain);
    assert.deepEqual(
      found.map((f) => f.plain.actors.map((a) => a.mention.text)),
      [['Police', 'protesters'], [], ['Syrian soldiers']],
    );
    // the views (built with the forms) take the place in
    assert.deepEqual(
      views.map((v) => v.actors.filter((a) => a.unnamed).map((a) => a.mention.text)),
      [['Police in Lagos', 'protesters'], [], ['Syrian soldiers']],
    );
    // the head flag is kept on the form: "Police" is a head, "company" is not
    assert.equal(views[0]!.forms[0]!.unnamedHead, true);
    assert.equal(views[1]!.forms[1]!.unnamedHead, false);
  });

  it('keeps an acronym actor in capitals and lower-cases other names', () => {
    const doc = makeDoc({ text: 'The US and Russia signed a treaty with Hamas in Kyiv.', entities });
    const lower = documentViews(doc, ctx)[0]!.actors.map((a) => a.lower);
    assert.deepEqual(lower, ['US', 'russia', 'hamas', 'kyiv']);
  });

  it('reads a two-word verb form only when its second word follows', () => {
    const shipped = buildVerbPatterns([loadShippedVerbs()]);
    const at = (sentence: string, word: string): ReturnType<typeof patternAt> => {
      const lower = sentence.toLowerCase().split(' ');
      return patternAt(lower, lower.indexOf(word), shipped);
    };
    assert.equal(at('the charity looked after the refugees', 'looked')?.length, 2);
    assert.equal(at('the inspectors looked over the documents', 'looked')?.length, 2);
    assert.equal(at('the minister looked tired after the talks', 'looked')?.length, 1);
    assert.equal(at('the minister looked', 'looked')?.length, 1);
  });

  it("reads the same pattern with the words' forms (their buckets) as from the words alone", () => {
    const shipped = buildVerbPatterns([loadShippedVerbs()]);
    const text = 'Russia accused Ukraine of torture. Russia signed a peace treaty with Ukraine on Friday.';
    const views = documentViews(makeDoc({ text, entities }), ctx);
    const read = views.map((v) => {
      const i = v.tokens.findIndex((t) => t.pos === 'VERB');
      return { plain: patternAt(v.lower, i, shipped), withForms: patternAt(v.lower, i, shipped, v.forms) };
    });
    for (const { plain, withForms } of read) assert.deepEqual(withForms, plain);
    assert.deepEqual(
      read.map((r) => r.plain?.code),
      ['1122', '057'],
    );
  });

  it('scores a model the same after another model with more or fewer classes was scored', () => {
    const shipped = loadEventModel();
    assert.ok(shipped);
    const features = Object.keys(shipped.weights).slice(0, 12);
    const small: EventModel = { ...shipped, classes: ['none', 'PROTEST/14'], weights: { x: [1, 2] } };
    const first = predict(shipped, features);
    const smallFirst = predict(small, ['x', 'unknown']);
    assert.deepEqual(predict(shipped, features), first);
    assert.deepEqual(predict(small, ['x']), smallFirst);
    // softmax of [1, 2] by the same operations
    const e = [Math.exp(1 - 2), Math.exp(2 - 2)];
    const sum = 0 + e[0]! + e[1]!;
    assert.deepEqual(smallFirst, [e[0]! / sum, e[1]! / sum]);
    assert.equal(first.length, shipped.classes.length);
  });

  it('returns a new Doc and leaves the input Doc as it was', () => {
    const doc = makeDoc({ text: 'Russian troops shelled Kharkiv overnight.', entities });
    const before = JSON.stringify(doc);
    const out = codeEvents(doc, ctx);
    assert.notEqual(out, doc);
    assert.equal(JSON.stringify(doc), before);
    assert.equal(out.events.length, 1);
  });
});
