import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, entityOf, names } from './helpers.js';
import { testContext } from './helpers.js';

const ctx = testContext({ Texas: 'A.ADM1', Ohio: 'A.ADM1', Missouri: 'A.ADM1' });

describe('person types: people the tagger typed otherwise', () => {
  it('takes the person out of a state, a title and a name run together', () => {
    const doc = analyse(
      'On Tuesday, Texas Senator Ted Cruz told the radio host that the court would change for a generation.',
      ctx,
    );
    const found = names(doc);
    assert.ok(found.includes('Ted Cruz/PERSON'), found.join(', '));
    assert.ok(found.includes('Texas/GPE'), found.join(', '));
    assert.equal(entityOf(doc, 'Ted Cruz')?.attributes?.role, 'senator');
  });

  it('drops the words of an office before its holder when they are no place', () => {
    const doc = analyse(
      'The warning came days after Homeland Security Secretary Jeh Johnson spoke with state officials.',
      ctx,
    );
    const found = names(doc);
    assert.ok(found.includes('Jeh Johnson/PERSON'), found.join(', '));
    assert.ok(!found.some((n) => n.startsWith('Homeland Security')), found.join(', '));
  });

  it('reads a full name the knowledge base knows only as a person as PERSON', () => {
    const doc = analyse(
      'Mexico should prepare for the chance that Donald J. Trump wins, the former minister wrote on Sunday.',
      ctx,
    );
    assert.equal(entityOf(doc, 'Donald J. Trump')?.type, 'PERSON');
  });

  it('must not make a person of a company named after a title', () => {
    const doc = analyse('Shares of General Motors rose on Monday after the carmaker reported sales.', ctx);
    assert.equal(entityOf(doc, 'General Motors')?.type, 'ORG');
  });

  it('must not make a person of a place ending in a place word', () => {
    const doc = analyse('Ferries to Prince Edward Island were cancelled because of the storm.', ctx);
    assert.notEqual(entityOf(doc, 'Prince Edward Island')?.type, 'PERSON');
  });

  it('takes the person out of titles for police chiefs, directors and members of parliament', () => {
    const doc = analyse(
      "Police Commissioner James O'Neill briefed reporters, and the Tory MP Boris Johnson said the plan was wrong.",
      ctx,
    );
    const found = names(doc);
    assert.ok(found.includes("James O'Neill/PERSON"), found.join(', '));
    assert.ok(found.includes('Boris Johnson/PERSON'), found.join(', '));
    assert.equal(entityOf(doc, "James O'Neill")?.attributes?.role, 'commissioner');
  });
});
