import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinNameVariants } from '../../src/nlp/aliases/name-variants.js';
import { analyse, entityOf, sameGroup as same, workMentions as mentions } from './helpers.js';

describe('name variants: short and long forms of one organisation', () => {
  it('joins an acronym with dots to the name it abbreviates, whatever the tagger typed it', () => {
    // "European Union leaders met …; the E.U. said …; E.U. officials …" with one E.U. typed LOC
    const { list, sets } = mentions([
      ['European Union', 'ORG'],
      ['E.U.', 'ORG'],
      ['E.U.', 'LOC'],
    ]);
    joinNameVariants(list, sets);
    assert.ok(same(sets, list[0]!, list[1]!) && same(sets, list[0]!, list[2]!));
    assert.deepEqual(
      list.map((m) => m.label),
      ['ORG', 'ORG', 'ORG'],
    );
  });

  it('joins clipped party names and a brand written without its blank', () => {
    const { list, sets } = mentions([
      ['Liberal Democrats', 'ORG'],
      ['Lib Dems', 'PERSON'],
      ['Lib Dem', 'ORG'],
      ['Time Warner', 'PERSON'],
      ['TimeWarner', 'ORG'],
    ]);
    joinNameVariants(list, sets);
    assert.ok(same(sets, list[0]!, list[2]!));
    assert.ok(same(sets, list[3]!, list[4]!));
    assert.equal(list[3]!.label, 'ORG');
  });

  it('must not join an acronym that fits two names, nor people by their initials', () => {
    const { list, sets } = mentions([
      ['American Broadcasting Company', 'ORG'],
      ['Australian Broadcasting Corporation', 'ORG'],
      ['ABC', 'ORG'],
      ['John Fitzgerald Kennedy', 'PERSON'],
      ['JFK', 'ORG'],
    ]);
    joinNameVariants(list, sets);
    assert.ok(!same(sets, list[2]!, list[0]!) && !same(sets, list[2]!, list[1]!));
    assert.ok(!same(sets, list[4]!, list[3]!));
  });

  it('joins an agency and its acronym in a sentence', () => {
    const doc = analyse(
      'The National Security Agency collected the records. A spokesman said the NSA had stopped in 2015.',
    );
    assert.equal(entityOf(doc, 'NSA')?.id, entityOf(doc, 'National Security Agency')?.id);
  });

  it('must not join a country and its people, which only gain an ending', () => {
    // BBC business shape: "The agency estimated that 400,000 Sri Lankans have lost their jobs … Sri Lanka will be
    // hard pressed to keep reserves"; the same with a one-word people's ending ("New Zealanders").
    const doc = analyse(
      'The agency estimated that 400,000 Sri Lankans have lost their jobs. Sri Lanka will be hard pressed to keep reserves. New Zealand sent aid, and New Zealanders gave money.',
    );
    const list = doc.entities.map((e) => `${e.name}/${e.type}`);
    assert.ok(list.includes('Sri Lankans/NORP') && list.includes('New Zealanders/NORP'), list.join(', '));
    assert.ok(!list.some((e) => /^(?:Sri Lanka|New Zealand)\/NORP/.test(e)), list.join(', '));
    assert.notEqual(entityOf(doc, 'Sri Lanka'), entityOf(doc, 'Sri Lankans'));
  });
});
