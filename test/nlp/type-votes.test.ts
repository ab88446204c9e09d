import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { loadLexicon } from '../../src/nlp/lexicon/index.js';
import { joinGivenNames, voteTypes } from '../../src/nlp/aliases/type-votes.js';
import { analyse, entityOf, sameGroup as same, workMentions as mentions } from './helpers.js';

const lexicon = loadLexicon(createContext());

describe('type votes: one identity, one type', () => {
  it('joins a MISC occurrence to the PERSON of the same text', () => {
    // "Trump said … the Trump campaign …" with the tagger reading one of them as MISC
    const { list, sets } = mentions([
      ['Trump', 'PERSON'],
      ['Trump', 'MISC'],
    ]);
    voteTypes(list, lexicon, sets);
    assert.ok(same(sets, list[0]!, list[1]!));
    assert.equal(list[1]!.label, 'PERSON');
  });

  it('gives a name typed ORG twice and PERSON once the majority type', () => {
    // "TimeWarner said …", "TimeWarner's profits …", and once "TimeWarner" typed PERSON
    const { list, sets } = mentions([
      ['TimeWarner', 'ORG'],
      ['TimeWarner', 'PERSON'],
      ['TimeWarner', 'ORG'],
    ]);
    voteTypes(list, lexicon, sets);
    assert.ok(same(sets, list[0]!, list[1]!) && same(sets, list[1]!, list[2]!));
    assert.deepEqual(
      list.map((m) => m.label),
      ['ORG', 'ORG', 'ORG'],
    );
  });

  it('lets a titled PERSON win over places a gazetteer guessed', () => {
    const { list, sets } = mentions([
      ['Obama', 'GPE'],
      ['Obama', 'PERSON', { role: 'president' }],
      ['Obama', 'GPE'],
    ]);
    voteTypes(list, lexicon, sets);
    assert.deepEqual(
      list.map((m) => m.label),
      ['PERSON', 'PERSON', 'PERSON'],
    );
  });

  it('must not join an organisation and a place of the same name (the team and the city)', () => {
    const { list, sets } = mentions([
      ['New York', 'ORG'],
      ['New York', 'GPE'],
    ]);
    voteTypes(list, lexicon, sets);
    assert.ok(!same(sets, list[0]!, list[1]!));
  });

  it('must not join two people kept apart under one text (Mr Smith and Mrs Smith)', () => {
    const { list, sets } = mentions([
      ['Smith', 'PERSON', { gender: 'male' }],
      ['Smith', 'PERSON', { gender: 'female' }],
      ['Smith', 'MISC'],
    ]);
    voteTypes(list, lexicon, sets);
    assert.ok(!same(sets, list[0]!, list[1]!));
  });

  it('must not touch the surname of a person named in full (shared out among namesakes elsewhere)', () => {
    const { list, sets } = mentions([
      ['Jeb Bush', 'PERSON'],
      ['George W. Bush', 'PERSON'],
      ['Bush', 'PERSON'],
      ['Bush', 'ORG'],
    ]);
    voteTypes(list, lexicon, sets);
    assert.ok(!same(sets, list[2]!, list[3]!));
  });
});

describe('given names alone', () => {
  it('joins "Donald" to the one Donald named in full', () => {
    const { list, sets } = mentions([
      ['Donald Trump', 'PERSON'],
      ['Donald', 'PERSON'],
    ]);
    joinGivenNames(list, lexicon, sets);
    assert.ok(same(sets, list[0]!, list[1]!));
  });

  it('must not join a given name two people share, nor one that is a surname too', () => {
    const { list, sets } = mentions([
      ['Bill Clinton', 'PERSON'],
      ['Bill Gates', 'PERSON'],
      ['Bill', 'PERSON'],
      ['Paul Ryan', 'PERSON'],
      ['Ron Paul', 'PERSON'],
      ['Paul', 'PERSON'],
    ]);
    joinGivenNames(list, lexicon, sets);
    assert.ok(!same(sets, list[2]!, list[0]!) && !same(sets, list[2]!, list[1]!));
    assert.ok(!same(sets, list[5]!, list[3]!) && !same(sets, list[5]!, list[4]!));
  });

  it('takes a given name the tagger typed as a place or body for the one person named in full with it', () => {
    // PolNeAR train shapes: "after his wife, Melania, delivered a convention speech" (LOC), "Morris J. Brooks Jr."
    // split into "Morris" (MISC) and the rest
    const { list, sets } = mentions([
      ['Melania Trump', 'PERSON'],
      ['Melania', 'LOC'],
      ['Maria Bartiromo', 'PERSON'],
      ['Maria', 'ORG'],
    ]);
    joinGivenNames(list, lexicon, sets);
    assert.ok(same(sets, list[0]!, list[1]!) && same(sets, list[2]!, list[3]!));
    assert.equal(list[1]!.label, 'PERSON');
    // must not: a state (GPE) beside a person of that given name; a body with no such person ("at Yale")
    const other = mentions([
      ['Georgia Smith', 'PERSON'],
      ['Georgia', 'GPE'],
      ['John Stoehr', 'PERSON'],
      ['Yale', 'ORG'],
    ]);
    joinGivenNames(other.list, lexicon, other.sets);
    assert.ok(!same(other.sets, other.list[0]!, other.list[1]!));
    assert.equal(other.list[1]!.label, 'GPE');
    assert.equal(other.list[3]!.label, 'ORG');
  });

  it('keeps a husband and wife apart when the wife is called by her given name', () => {
    const doc = analyse(
      'Hillary Clinton spoke in Ohio while her husband, Bill Clinton, stayed in New York. ' +
        '"Hillary will win," a supporter said.',
    );
    assert.equal(entityOf(doc, 'Hillary')?.name, 'Hillary Clinton');
    assert.notEqual(entityOf(doc, 'Bill Clinton')?.id, entityOf(doc, 'Hillary Clinton')?.id);
  });
});
