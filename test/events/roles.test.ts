/**
 * Syntax that decides roles and false events (items 3 of issue 11), on made-up sentences: relative clauses,
 * reported speech, nominalised investigations, verbal senses of violence words, speech verbs and nouns that
 * only look like cues, negating verbs in scope.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { codeEvents } from '../../src/events/index.js';
import type { Event } from '../../src/doc/types.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const code = (text: string): Event[] => codeEvents(makeDoc({ text, entities: WORLD, ...{} }), ctx).events;
const brief = (events: Event[]): string[] =>
  events.map(
    (e) => `${e.type}:${e.cue.text}:${e.source ?? '-'}>${e.target ?? '-'}${e.negated ? ':neg' : ''}`,
  );

describe('events: roles from syntax', () => {
  it('a relative clause takes its antecedent as subject, not an actor further back', () => {
    assert.ok(
      brief(code('Biden spoke about Xi, who criticized Modi.')).includes('ACCUSE:criticized:xi>modi'),
    );
  });
  it('a reported clause does not take the speaker as its subject', () => {
    const events = code('Trump said the rebels attacked Kyiv.');
    assert.ok(!events.some((e) => e.type === 'ASSAULT' && e.source === 'trump'), brief(events).join(' '));
  });
  it('a bare name before an investigation noun is investigated; a genitive investigates', () => {
    assert.ok(brief(code('The Biden probe ended in May.')).some((b) => b.startsWith('ACCUSE:probe:->biden')));
    assert.ok(
      brief(code("Russia's investigation of Zelensky ended.")).includes(
        'ACCUSE:investigation:russia>zelensky',
      ),
    );
  });
});

describe('events: false events', () => {
  it('politicians attacking each other is criticism, countries attacking is force', () => {
    assert.ok(brief(code('Trump attacked Biden on Tuesday.')).includes('ACCUSE:attacked:trump>biden'));
    assert.ok(brief(code('Russia attacked Ukraine on Tuesday.')).includes('ASSAULT:attacked:russia>ukraine'));
  });
  it('attacking a plan is criticism', () => {
    assert.ok(
      brief(code('Macron attacked the plan as reckless.')).some((b) =>
        b.startsWith('ACCUSE:attacked the plan as'),
      ),
    );
  });
  for (const text of [
    'Putin insists the war is going well.',
    "Trump's aides met in private.",
    'Russia released a statement on Ukraine.',
  ])
    it(`codes no event in "${text}"`, () => {
      const events = code(text);
      assert.ok(!events.some((e) => ['REQUEST', 'AID', 'RETREAT'].includes(e.type)), brief(events).join(' '));
    });
});

describe('events: negating verbs in scope', () => {
  it('"declined to meet" is a negated meeting; "refused to meet" is a rejection', () => {
    assert.equal(code('Erdogan declined to meet Assad.').find((x) => x.type === 'CONSULT')?.negated, true);
    assert.ok(brief(code('Erdogan refused to meet Assad.')).includes('REJECT:refused to meet:erdogan>assad'));
  });
});

describe('events: an infinitive in its governor’s scope', () => {
  it('"if X makes a choice to withdraw" is hypothetical', () => {
    const e = code('If Russia makes a choice to attack Ukraine, Biden will respond.').find(
      (x) => x.type === 'ASSAULT',
    );
    assert.equal(e?.hypothetical, true, brief(code('If Russia makes a choice to attack Ukraine.')).join());
  });
  it('"was not invited to meet" is a negated meeting; "was invited to meet" is not', () => {
    assert.equal(
      code('Erdogan was not invited to meet Assad.').find((x) => x.type === 'CONSULT')?.negated,
      true,
    );
    assert.equal(
      code('Erdogan was invited to meet Assad.').find((x) => x.type === 'CONSULT')?.negated,
      false,
    );
  });
});

describe('events: infinitive subjects and questions', () => {
  it('the object of a preposition is not the subject of the infinitive after it', () => {
    const events = code('Biden went to Ukraine to meet the victims.');
    assert.ok(!events.some((e) => e.source === 'ukraine'), brief(events).join(' '));
  });
  it('the one called on is: "called on Putin to stop attacking Kyiv"', () => {
    const events = code('Zelensky called on Putin to stop attacking Kyiv.');
    assert.ok(
      events.some((e) => e.type === 'ASSAULT' && e.source === 'putin'),
      brief(events).join(' '),
    );
  });
  it('the object of a verb is: "urged Putin to meet Zelensky"', () => {
    assert.ok(
      brief(code('Trump urged Putin to meet Zelensky.')).some((b) =>
        b.startsWith('CONSULT:meet:putin>zelensky'),
      ),
    );
  });
  it('a yes/no question is hypothetical; a statement is not', () => {
    assert.equal(code('Will Putin meet Zelensky?').find((e) => e.type === 'CONSULT')?.hypothetical, true);
    assert.equal(code('Putin met Zelensky.').find((e) => e.type === 'CONSULT')?.hypothetical, false);
  });
});

describe('events: modal words and names, negation by "nor"', () => {
  it('"May" in a name is not the modal', () => {
    const entities = { ...WORLD, may: { type: 'PERSON' as const, names: ['Theresa'] } };
    const e = codeEvents(makeDoc({ text: 'Theresa May met Macron in Paris.', entities }), ctx).events;
    assert.equal(e.find((x) => x.type === 'CONSULT')?.hypothetical, false);
  });
  it('"nor" negates the verb after it; "and" does not', () => {
    const nor = code('Russia has not attacked Kyiv nor threatened Ukraine.').find(
      (x) => x.type === 'THREATEN',
    );
    assert.equal(nor?.negated, true);
    const and = code('Russia attacked Kyiv and threatened Ukraine.').find((x) => x.type === 'THREATEN');
    assert.equal(and?.negated, false);
  });
});

describe('events: the subject of a demanded that-clause is the target', () => {
  it('"demanded that X do" targets X', () => {
    assert.ok(
      brief(code('Israel demanded that Hamas release the hostages.')).includes(
        'REQUEST:demanded:israel>hamas',
      ),
    );
  });
  it('a verb without the slot does not take it, nor does a that-clause further on', () => {
    assert.ok(!brief(code('Putin agreed that Trump should visit.')).some((b) => b.endsWith('>trump')));
    assert.ok(
      !brief(code('Israel demanded the release on Monday, saying that Hamas had agreed.')).some((b) =>
        b.startsWith('REQUEST:demanded:israel>hamas'),
      ),
    );
  });
});
