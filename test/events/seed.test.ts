/**
 * The events and checks stages on the seed article, with earlier layers made by hand (wink-nlp tokens,
 * mentions of the WORLD entities, the timex and place the time and geo stages should give).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkFacts } from '../../src/checks/index.js';
import { createContext } from '../../src/context.js';
import { codeEvents } from '../../src/events/index.js';
import { makeDoc } from './make-doc.js';
import { WORLD } from './world.js';

const text = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed-article.txt'), 'utf8');
const ctx = createContext();
const doc = checkFacts(
  codeEvents(
    makeDoc({
      text,
      entities: WORLD,
      pronouns: [['he', 'trump', 2]],
      timexes: [
        { text: 'Friday', type: 'DATE', value: '2025-08-15' },
        { text: '11:30 am', type: 'TIME', value: '2025-08-15T11:30-08:00' },
      ],
      places: [{ text: 'Elmendorf Air Force Base', timeZone: 'America/Anchorage', country: 'US' }],
    }),
    ctx,
  ),
  ctx,
);
const event = (type: string, cue: RegExp) => doc.events.find((e) => e.type === type && cue.test(e.cue.text));

describe('seed: events', () => {
  it('CONSULT (04) between Putin and Trump, hypothetical, on Friday', () => {
    const e = event('CONSULT', /sit down/);
    assert.ok(e);
    assert.deepEqual(
      [e.cameo, e.source, e.target, e.hypothetical, e.negated],
      ['04', 'putin', 'trump', true, false],
    );
    assert.equal(doc.timexes[e.time!]?.text, 'Friday');
    assert.ok(event('CONSULT', /^meeting$/)?.hypothetical, 'his eagerly awaited meeting with Donald Trump');
  });
  it('ACCUSE: blamed Biden, berated Zelensky', () => {
    assert.deepEqual(
      [event('ACCUSE', /blamed/)?.source, event('ACCUSE', /blamed/)?.target],
      ['trump', 'biden'],
    );
    assert.deepEqual(
      [event('ACCUSE', /berated/)?.source, event('ACCUSE', /berated/)?.target],
      ['trump', 'zelensky'],
    );
  });
  it('THREATEN: warned of very severe consequences', () =>
    assert.equal(event('THREATEN', /warned of/)?.source, 'trump'));
  it('RETREAT/ease (08): eased sanctions on Russian officials', () => {
    const e = event('RETREAT', /eased sanctions/);
    assert.deepEqual([e?.mode, e?.cameo, e?.source, e?.target], ['ease', '08', 'treasury', 'russia']);
  });
  it('REJECT: Zelensky rejected any agreement (not negated)', () => {
    const e = event('REJECT', /rejected/);
    assert.deepEqual([e?.source, e?.negated], ['zelensky', false]);
  });
  it('ASSAULT: Russian forces launched an offensive', () =>
    assert.equal(event('ASSAULT', /offensive/)?.source, 'russia'));
  it('COERCE: the ICC arrest warrant for Putin', () => {
    const e = event('COERCE', /arrest warrant/);
    assert.deepEqual([e?.source, e?.target], ['icc', 'putin']);
  });
});

describe('seed: findings', () => {
  it('2018 vs 2019 for Putin and Trump', () => {
    const f = doc.findings.find((x) => x.kind === 'contradiction');
    assert.ok(f);
    assert.deepEqual(new Set([f.data?.['first'], f.data?.['second']]), new Set(['putin', 'trump']));
    assert.ok(f.spans.some((s) => s.text.includes('2018')) && f.spans.some((s) => s.text.includes('2019')));
  });
  it('11:30 am in Anchorage is 19:30 GMT, not 1900 GMT', () => {
    const f = doc.findings.find((x) => x.kind === 'time-arithmetic');
    assert.match(
      f?.message ?? '',
      /11:30 am in America\/Anchorage on 2025-08-15 is 19:30 GMT, not 19:00 GMT/,
    );
  });
  it('Trump’s 25% chance of the summit flopping', () => {
    const f = doc.findings.find((x) => x.kind === 'estimate' && x.data?.['value'] === 0.25);
    assert.deepEqual([f?.data?.['who'], f?.data?.['about']], ['trump', 'the summit flopping']);
  });
});
