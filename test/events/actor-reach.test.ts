/**
 * How far a cue reaches for its actors (issue 11, actor row), on made-up sentences of common news shapes:
 * a threat, offer or promise aimed through the infinitive it governs, an "of" phrase completing the object
 * or the noun of a prepositional phrase, and an unresolved "it"/"they" reporting the speaker's own act.
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
  nigeria: { type: 'GPE', names: ['Nigeria'], country: 'NG' },
  chad: { type: 'GPE', names: ['Chad'], country: 'TD' },
};
const code = (text: string): Event[] => codeEvents(makeDoc({ text, entities }), ctx).events;
const brief = (events: Event[]): string[] =>
  events.map((e) => `${e.type}:${e.cue.text}:${e.source ?? '-'}>${e.target ?? '-'}`);
const has = (text: string, expected: string): void => {
  const got = brief(code(text));
  assert.ok(got.includes(expected), `${expected} not in ${got.join(' | ')}`);
};

describe('events: a cue takes the target of the infinitive it governs', () => {
  it('"threatened to cut ties with Y" is a threat against Y', () => {
    has('Russia threatened on Monday to cut ties with Ukraine.', 'THREATEN:threatened:russia>ukraine');
  });
  it('"offered to negotiate with Y" is an offer to Y', () => {
    has('Putin offered to negotiate with Zelensky.', 'AGREE:offered to:putin>zelensky');
  });
  it('an infinitive with a subject of its own lends no target: "urged X to attack Y" stays aimed at X', () => {
    const events = code('Trump urged Israel to attack Iran.');
    assert.ok(!events.some((e) => e.source === 'trump' && e.target === 'iran'), brief(events).join(' | '));
  });
});

describe('events: an "of" phrase completing a noun keeps the slot of its phrase', () => {
  it('"demanded the removal of Y" is a demand on Y', () => {
    has('Iran demanded the immediate removal of Assad.', 'REQUEST:demanded:iran>assad');
  });
  it('"talks with the president of Y" reaches Y in the "with" slot', () => {
    has('Putin offered to negotiate with the president of Ukraine.', 'AGREE:offered to:putin>ukraine');
  });
  it('an "of" far from the verb is not its object', () => {
    const events = code('Russia criticized the plan on Monday in a statement of Ukraine.');
    assert.ok(!events.some((e) => e.target === 'ukraine'), brief(events).join(' | '));
  });
});

describe('events: "X said it would …" is X acting', () => {
  it('an unresolved "it" after a speech verb is its organisation or country subject', () => {
    const events = code('Nigeria announced on Friday that it will withdraw its troops from Chad.');
    assert.ok(
      events.some((e) => e.source === 'nigeria' && e.cue.text.startsWith('withdraw')),
      brief(events).join(' | '),
    );
  });
  it('"they" after a speech verb is the group that speaks', () => {
    has('Hamas said they would release Zelensky.', 'RETREAT:release:hamas>zelensky');
  });
  it('a person speaking is not "it": "Trump said it would hurt Ukraine" gives Trump no act', () => {
    const events = code('Trump said it would hurt Ukraine.');
    assert.ok(!events.some((e) => e.source === 'trump'), brief(events).join(' | '));
  });
});

describe('events: a phrase completing the object noun fills the object slot', () => {
  it('"rejected an offer from Y" is a rejection of Y', () => {
    has('Israel rejected a fresh offer from Iran for direct talks.', 'REJECT:rejected:israel>iran');
  });
  it('"threatened further action against Y" is a threat against Y', () => {
    has('Biden threatened further action against Russia on Friday.', 'THREATEN:threatened:biden>russia');
  });
  it('a phrase after a prepositional phrase is not the object\'s: "rejected the plan in a speech to X"', () => {
    const events = code('Israel rejected the plan in a speech to Iran.');
    assert.ok(!events.some((e) => e.type === 'REJECT' && e.target === 'iran'), brief(events).join(' | '));
  });
});

describe('events: a support verb leaves the phrase after its object noun to that noun', () => {
  it('"hosted a meeting with Y" is the meeting with Y, not a visit by Y', () => {
    const events = code('Xi hosted a meeting with Putin in Beijing.');
    assert.ok(
      !events.some((e) => e.cue.text === 'hosted' && e.target === 'putin'),
      brief(events).join(' | '),
    );
  });
});
