/**
 * Subjects across clauses (issue 11, wrong-actor and swapped-role errors), on made-up sentences: an
 * infinitive's subject from its governing verb, coordinated verbs and passives, participle adjuncts,
 * message authors, an unresolved "it", party nouns in apposition or before a role noun, "as" descriptions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { codeEvents } from '../../src/events/index.js';
import type { Event } from '../../src/doc/types.js';
import { makeDoc, type EntitySpec } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const entities: Record<string, EntitySpec> = {
  ...WORLD,
  smith: { type: 'PERSON', names: ['Anna Smith', 'Smith'] },
  republican: { type: 'NORP', names: ['Republican', 'Democrat'] },
  reuters: { type: 'ORG', names: ['Reuters'] },
  german: { type: 'NORP', names: ['German'], country: 'DE' },
};
const code = (text: string): Event[] => codeEvents(makeDoc({ text, entities }), ctx).events;
const brief = (events: Event[]): string[] =>
  events.map((e) => `${e.type}:${e.cue.text}:${e.source ?? '-'}>${e.target ?? '-'}`);
const find = (text: string, cue: string): Event | undefined => code(text).find((e) => e.cue.text === cue);

describe('events: an infinitive takes its subject from the verb that governs it', () => {
  it('a purpose infinitive after an object is the main subject’s: "sued X to resist"', () => {
    const e = find('Iran sued Israel in court to resist the sanctions.', 'resist');
    assert.equal(e?.source, 'iran', brief(code('Iran sued Israel in court to resist the sanctions.')).join());
  });
  it('an object-control verb gives its object: "called on X to apologize", "urged X to withdraw"', () => {
    assert.equal(find('Macron called on Erdogan to apologize to Assad.', 'apologize')?.source, 'erdogan');
    const events = code('Biden urged Russia to withdraw from Ukraine.');
    assert.equal(events.find((e) => e.type === 'RETREAT')?.source, 'russia', brief(events).join(' '));
  });
  it('an object that is no named actor leaves the infinitive without a source', () => {
    const events = code('Smith is urging her supporters at a rally in Kharkiv to criticize Zelensky.');
    assert.ok(!events.some((e) => e.cue.text === 'criticize' && e.source), brief(events).join(' '));
  });
  it('with no object the infinitive shares the verb’s subject', () => {
    assert.equal(find('Erdogan wants to meet Assad.', 'meet')?.source, 'erdogan');
  });
});

describe('events: a coordinated verb shares its first conjunct’s subject and voice', () => {
  it('"to stop attacking X and apologize": the one called on apologizes', () => {
    const text = 'Macron called on Erdogan to stop attacking Assad and apologize.';
    assert.equal(find(text, 'apologize')?.source, 'erdogan', brief(code(text)).join(' '));
  });
  it('"has not been charged with nor convicted": both passive, the antecedent is the target', () => {
    const text = 'Biden defended Smith, who has not been charged with nor convicted of any crime.';
    const e = find(text, 'convicted');
    assert.ok(!e || (e.source === undefined && e.target === 'smith'), brief(code(text)).join(' '));
  });
  it('an active conjunct with its own object stays active: "was elected and attacked Biden"', () => {
    const text = 'Zelensky was elected and criticized Biden.';
    assert.ok(brief(code(text)).includes('ACCUSE:criticized:zelensky>biden'), brief(code(text)).join(' '));
  });
});

describe('events: participles after a noun', () => {
  it('a participle adjunct after an object has the main subject: "wrote to X demanding"', () => {
    const text = 'Macron has written to Erdogan demanding an explanation.';
    assert.equal(find(text, 'demanding')?.source, 'macron', brief(code(text)).join(' '));
  });
  it('a participle after a message noun has its author: "X’s tweets accusing Y"', () => {
    const text = "Zelensky's late-night tweets accusing Putin drew criticism.";
    assert.equal(find(text, 'accusing')?.source, 'zelensky', brief(code(text)).join(' '));
  });
  it('must not match: a participle after a group noun is the group’s, not its possessor’s', () => {
    const text = "Zelensky's supporters accusing Putin marched in Kyiv.";
    assert.notEqual(find(text, 'accusing')?.source, 'zelensky', brief(code(text)).join(' '));
  });
  it('"with X attacking Y": the object of "with" is the participle’s subject', () => {
    const text = 'Talks stalled, with Russia attacking Kharkiv.';
    assert.equal(find(text, 'attacking')?.source, 'russia', brief(code(text)).join(' '));
  });
  it('"responded with attacks": the responder attacks', () => {
    const text = 'Zelensky has responded with attacks on Putin.';
    assert.equal(find(text, 'attacks')?.source, 'zelensky', brief(code(text)).join(' '));
  });
});

describe('events: who an actor phrase stands for', () => {
  it('an unresolved "it" is the organisation named before it, not an earlier subject', () => {
    const text = 'Hundreds protested outside Reuters after it backed Biden.';
    assert.equal(find(text, 'backed')?.source, 'reuters', brief(code(text)).join(' '));
    const none = 'The German voters decided to leave, and so it requested a review with Biden.';
    assert.ok(!code(none).some((e) => e.source === 'german'), brief(code(none)).join(' '));
  });
  it('a party noun in apposition describes the named person: "Smith, a Democrat who …"', () => {
    const text = 'Smith, a Democrat whose office oversees Kyiv projects, has been investigating Zelensky.';
    assert.equal(find(text, 'investigating')?.source, 'smith', brief(code(text)).join(' '));
  });
  it('a party adjective before a role noun is no target: "met her Republican opponents"', () => {
    const text = 'Zelensky met her Republican opponents in Kyiv.';
    assert.ok(!code(text).some((e) => e.target === 'republican'), brief(code(text)).join(' '));
  });
  it('"as" opens a description, not the cue’s target: "the criticism as the voice of X’s client"', () => {
    const text = "Biden dismissed the criticism as the voice of Smith's client.";
    assert.ok(
      !code(text).some((e) => e.cue.text === 'criticism' && e.target === 'smith'),
      brief(code(text)).join(' '),
    );
  });
});

describe('events: a conjunct pairs with the verb of its own form', () => {
  it('"urged X to join …, and criticized Y": the urger criticizes, not X', () => {
    const text = 'Macron urged Erdogan to join the talks on trade, and criticized Assad.';
    assert.equal(find(text, 'criticized')?.source, 'macron', brief(code(text)).join(' '));
  });
});
