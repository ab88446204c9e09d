import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseActors } from '../../../src/events/dictionaries/actors.js';
import { parseAgents } from '../../../src/events/dictionaries/agents.js';
import type { DictionarySet } from '../../../src/events/dictionaries/index.js';
import { parseVerbs } from '../../../src/events/dictionaries/verbs.js';
import { shallowCoder, words } from '../../../src/events/dictionaries/verb-matcher.js';

const set: DictionarySet = {
  actors: parseActors('ARNOR [ARN]\nGONDOR [GON]\nARAGORN_\n\t[ARNGOV >20000101]\n\t[ARNREB]\n').map(
    (entry) => ({
      entry,
      file: 'test.actors.txt',
    }),
  ),
  agents: parseAgents('POLICE {} [~COP]\n'),
  verbs: parseVerbs(`&AID_
+AID
+RELIEF
---  RESTORE   [---]  ---
RESTORE
- * {DIPLOMATIC TIES} (WITH) [064]
---  SEND   [---]  ---
SEND {SENDS SENT SENDING}
- * &AID [070]
---  MEET   [040:040]  ---
MEET {MEETS MET MEETING}
`),
  discards: [],
};
const coder = shallowCoder(set);

describe('shallow PETRARCH coder', () => {
  it('applies a pattern with a phrase and a preposition group, with source and target', () => {
    assert.deepEqual(
      coder.code('Arnor is about to restore full diplomatic ties with Gondor.', '1995-01-01'),
      {
        code: '064',
        verb: 'restore',
        source: 'ARN',
        target: 'GON',
      },
    );
  });

  it('matches synsets, irregular forms and the verb on its own; no pattern, no code → no event', () => {
    assert.equal(coder.code('Gondor sent relief to Arnor.', undefined)?.code, '070');
    assert.equal(coder.code('Gondor met Arnor.', undefined)?.code, '040');
    assert.equal(coder.code('Gondor restored the old bridge.', undefined), undefined);
  });

  it('dates actor codes and adds agents to the actor before them', () => {
    assert.equal(coder.code("Aragorn's police met Gondor.", '2005-01-01')?.source, 'ARNGOVCOP');
    assert.equal(coder.code('Aragorn met Gondor.', '1990-01-01')?.source, 'ARNREB');
  });

  it('splits words, dropping possessives', () => {
    assert.deepEqual(words("Dagolath's U.N. envoy, Mr. Smith."), ['dagolath', 'u.n', 'envoy', 'mr', 'smith']);
  });
});
