import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, names } from './helpers.js';

describe('never names: a legislator’s party and state', () => {
  it('leaves no piece of a bracketed party-state designation', () => {
    const doc = analyse('Sen. Lindsey Graham (R-S.C.) said on Sunday that he would not back the nominee.');
    assert.deepEqual(names(doc), ['Lindsey Graham/PERSON']);
  });

  it('leaves no piece of designations with a full state name, a postal code or between commas', () => {
    const doc = analyse(
      'Sen. Ted Cruz (R-Texas) met Sen. Elizabeth Warren (D-MA), and House Speaker Paul Ryan, R-Wis., joined them.',
    );
    const found = names(doc);
    assert.ok(!found.some((n) => /^[RD]-/.test(n)), found.join(', '));
    assert.ok(found.includes('Ted Cruz/PERSON') && found.includes('Paul Ryan/PERSON'), found.join(', '));
  });

  it('must not drop hyphenated names in brackets or elsewhere', () => {
    const doc = analyse(
      'The carmaker Rolls-Royce (RR) said the chief, Jean-Claude Juncker, would visit Brussels.',
    );
    const found = names(doc);
    assert.ok(
      found.some((n) => n.startsWith('Rolls-Royce/')),
      found.join(', '),
    );
    assert.ok(found.includes('Jean-Claude Juncker/PERSON'), found.join(', '));
  });
});
