import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lemmaCandidates } from '../../src/events/lemma.js';
import { loadEventTables } from '../../src/events/tables.js';

/** PLOVER 0.8 event types (CAMEO2PLOVER-2021). */
const PLOVER = new Set([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]);
const SLOTS =
  /^(subj|obj|poss|gen|mod|support|that|with|to|on|against|between|from|by|of|for|in|into|near|about|at|over)$/;

describe('cue table', () => {
  const tables = loadEventTables();
  const rows = [...new Set([...tables.cuesByFirstWord.values()].flat())];

  it('has 100-300 rows, each a PLOVER type (or a blocker) with a two-digit CAMEO root', () => {
    assert.ok(rows.length >= 100 && rows.length <= 300, `${rows.length} rows`);
    for (const r of rows) {
      if (r.type === undefined) continue;
      assert.ok(PLOVER.has(r.type), `${r.pattern}: ${r.type}`);
      assert.match(r.cameo, /^(0[1-9]|1\d|20)$/, r.pattern);
      for (const s of [...r.sourceSlots, ...r.targetSlots]) assert.match(s, SLOTS, `${r.pattern}: slot ${s}`);
    }
  });

  it('covers every PLOVER type', () => {
    const types = new Set(rows.map((r) => r.type));
    for (const t of PLOVER) assert.ok(types.has(t), t);
  });
});

describe('lemmaCandidates', () => {
  const irregular = loadEventTables().irregular;
  const cases: [string, string][] = [
    ['meets', 'meet'],
    ['met', 'meet'],
    ['meeting', 'meet'],
    ['talks', 'talk'],
    ['eased', 'ease'],
    ['banned', 'ban'],
    ['sanctions', 'sanction'],
    ['criticised', 'criticise'],
    ['accuses', 'accuse'],
    ['parties', 'party'],
    ['denied', 'deny'],
    ['n’t', "n't"],
    ['Struck', 'strike'],
    ['shelling', 'shell'],
  ];
  for (const [form, lemma] of cases)
    it(`${form} → ${lemma}`, () => assert.ok(lemmaCandidates(form, irregular).includes(lemma)));
  it('does not invent a lemma for an unrelated word', () => {
    assert.ok(!lemmaCandidates('meetings', irregular).includes('meet'));
    assert.ok(!lemmaCandidates('summit', irregular).includes('sum'));
  });
});
