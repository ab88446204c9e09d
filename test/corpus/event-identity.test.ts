/**
 * When two article events are one real event: actors by identity token, negation, days at most one apart,
 * and the same place or one containing the other; unmatched when hypothetical or without any actor.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  eventIdentity,
  sameEvent,
  type CorpusEventKey,
  type EventIdentity,
} from '../../src/corpus/event-identity.js';
import { A } from './claim-docs.js';
import { eventDoc } from './event-docs.js';

const PUTIN = ['ent:1', 'kb:VLADIMIR_PUTIN'];
const TRUMP = ['ent:2'];
const summit: CorpusEventKey = {
  type: 'CONSULT',
  negated: false,
  sourceIds: PUTIN,
  targetIds: TRUMP,
  firstDay: '2025-08-15',
  lastDay: '2025-08-15',
  place: { key: 'g:5879400', level: 'local', country: 'US', admin1: 'AK' },
};
const report = (fields: Partial<EventIdentity> = {}): EventIdentity => ({
  type: 'CONSULT',
  negated: false,
  cameo: '04',
  source: { ids: ['kb:VLADIMIR_PUTIN'], name: 'Putin' },
  target: { ids: TRUMP, name: 'Donald Trump' },
  day: '2025-08-16',
  ...fields,
});
const place = (key: string, level: 'country' | 'admin1' | 'local', country: string, admin1?: string) => ({
  name: key,
  key,
  level,
  country,
  ...(admin1 ? { admin1 } : {}),
  lat: 0,
  lon: 0,
});

describe('sameEvent', () => {
  it('matches a report a day later naming the source by another token of the same identity', () => {
    assert.ok(sameEvent(summit, report()));
    assert.ok(sameEvent(summit, report({ day: '2025-08-14' })));
  });

  it('keeps apart two days later, another type, negation, actors or a swapped direction', () => {
    assert.ok(!sameEvent(summit, report({ day: '2025-08-17' })));
    assert.ok(!sameEvent(summit, report({ type: 'ACCUSE' })));
    assert.ok(!sameEvent(summit, report({ negated: true })));
    assert.ok(!sameEvent(summit, report({ target: { ids: ['ent:9'], name: 'Xi Jinping' } })));
    assert.ok(
      !sameEvent(
        summit,
        report({ source: { ids: TRUMP, name: 'Trump' }, target: { ids: PUTIN, name: 'Putin' } }),
      ),
    );
    assert.ok(!sameEvent(summit, report({ day: undefined })), 'an undated report is not a dated event');
  });

  it('takes a place containing the other as the same, a different city in the country not', () => {
    assert.ok(sameEvent(summit, report({ place: place('g:5879092', 'admin1', 'US', 'AK') })), 'Alaska');
    assert.ok(sameEvent(summit, report({ place: place('g:6252001', 'country', 'US') })), 'the United States');
    assert.ok(!sameEvent(summit, report({ place: place('g:5128581', 'local', 'US', 'NY') })), 'New York');
    assert.ok(!sameEvent(summit, report({ place: place('g:2643743', 'local', 'GB') })), 'London');
    assert.ok(
      sameEvent({ ...summit, place: undefined }, report({ place: place('g:2643743', 'local', 'GB') })),
    );
  });
});

describe('eventIdentity', () => {
  it("takes the event's own date, the corpus entity ids, and leaves out hypothetical events", () => {
    const doc = eventDoc(A);
    const links = new Map([
      ['e1', 1],
      ['e2', 2],
    ]);
    const identity = eventIdentity(doc, doc.events[0]!, (id) => links.get(id));
    assert.deepEqual(
      [identity?.day, identity?.source?.ids, identity?.target?.ids],
      ['2025-08-15', ['ent:1'], ['ent:2']],
    );
    assert.equal(
      eventIdentity(doc, { ...doc.events[0]!, hypothetical: true }, (id) => links.get(id)),
      undefined,
    );
    assert.equal(
      eventIdentity(doc, doc.events[0]!, () => undefined),
      undefined,
      'no identified actor',
    );
  });
});
