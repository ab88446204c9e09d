/**
 * Speakers named around a cue-less quotation rather than beside it: reported speech in the sentence or
 * paragraph before, a plain noun phrase as the subject of a colon cue, a verb coordinated with an earlier
 * cue, a bare pronoun standing for the last speaker, and quoted paragraphs the text ran together.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeQuotes } from '../../src/quotes/index.js';
import { findDirectSpans } from '../../src/quotes/pair-marks.js';
import { ctx, makeDoc, type DocSpec } from './make-doc.js';

const SPEC: DocSpec = {
  entities: {
    kennedy: ['PERSON', 'Charles Kennedy'],
    harry: ['PERSON', 'Prince Harry'],
    howard: ['PERSON', 'Michael Howard'],
    blair: ['PERSON', 'Tony Blair'],
    oxfam: ['ORG', 'Oxfam'],
    bbc: ['ORG', 'BBC'],
  },
  mentions: [
    ['Kennedy', 'kennedy'],
    ['Harry', 'harry'],
    ['Howard', 'howard'],
    ['Blair', 'blair'],
    ['Oxfam', 'oxfam'],
    ['BBC', 'bbc'],
  ],
};

type Row = [string, string, string];

function quotes(text: string, kind: 'direct' | 'indirect' = 'direct'): Row[] {
  const doc = attributeQuotes(makeDoc(text, SPEC), ctx);
  const name = (id?: string): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
  return doc.quotes
    .filter((q) => q.kind === kind && !q.scare)
    .map((q) => [q.text, name(q.speaker), q.speakerSpan?.text ?? '']);
}

describe('a cue-less quotation after reported speech', () => {
  it('takes the speaker of the report just before it in its paragraph', () =>
    assert.deepEqual(
      quotes('Mr Kennedy said the prince was lucky. "People here are fond of him, but it will not last."'),
      [['People here are fond of him, but it will not last.', 'Charles Kennedy', 'Kennedy']],
    ));
  it('takes the speaker of the last report of the paragraph before when it opens its paragraph', () =>
    assert.deepEqual(
      quotes(
        'The flood spoiled the holiday season, Mr Howard said.\n\n"We watched the pictures in silence."',
      ),
      [['We watched the pictures in silence.', 'Michael Howard', 'Howard']],
    ));
  it('must not take a speaker across a paragraph of the writer’s own text', () =>
    assert.deepEqual(
      quotes(
        'The flood spoiled the season, Mr Howard said.\n\nThe rain stopped later.\n\n"We watched in silence."',
      ),
      [['We watched in silence.', '-', '']],
    ));
  it('must not replace its own cue’s subject: a plain noun phrase names the source', () =>
    assert.deepEqual(quotes('"Aid is falling," Mr Blair said. The study said: "Debt costs lives."'), [
      ['Aid is falling,', 'Tony Blair', 'Blair'],
      ['Debt costs lives.', '-', 'The study'],
    ]));
});

describe('a cue coordinated with an earlier cue', () => {
  it('shares the first cue’s subject, not the name inside the first report', () =>
    assert.deepEqual(
      quotes('Mr Kennedy said Harry was lucky and said he should say sorry himself.', 'indirect'),
      [['Harry was lucky and said he should say sorry himself', 'Charles Kennedy', 'Kennedy']],
    ));
  it('must not override a subject of its own after "and"', () =>
    assert.deepEqual(
      quotes('Mr Kennedy said Harry was lucky and Mr Blair said the matter was closed.', 'indirect').at(-1),
      ['the matter was closed', 'Tony Blair', 'Blair'],
    ));
});

describe('a bare pronoun as speaker', () => {
  it('stands for the person who spoke last in the paragraph or the one before', () =>
    assert.deepEqual(quotes('"Taxes will fall," Mr Howard said.\n\nHe added: "Crime will fall too."'), [
      ['Taxes will fall,', 'Michael Howard', 'Howard'],
      ['Crime will fall too.', 'Michael Howard', 'He'],
    ]));
  it('must not stand for an organisation', () =>
    assert.deepEqual(quotes('"Aid is falling," Oxfam said. She added: "This must stop."'), [
      ['Aid is falling,', 'Oxfam', 'Oxfam'],
      ['This must stop.', '-', 'She'],
    ]));
});

describe('quoted paragraphs run together on one line', () => {
  const spans = (text: string): [string, boolean, boolean][] =>
    findDirectSpans(text, []).map((s) => [text.slice(s.start, s.end), s.continues, s.continuation]);
  it('ends the open quote at a reopening mark after a full stop and continues it', () =>
    assert.deepEqual(spans('"We saw the damage. "Yet people gave generously," he said.'), [
      ['We saw the damage.', true, false],
      ['Yet people gave generously,', false, true],
    ]));
  it('must not split at an opening mark inside a sentence: the stray mark is dropped', () =>
    assert.deepEqual(spans('"We saw the damage and "people gave," he said.'), [
      ['people gave,', false, false],
    ]));
  it('gives the whole run-together quote the speaker named after its last part', () =>
    assert.deepEqual(quotes('"We saw the damage. "Yet people gave generously," Mr Howard said.'), [
      ['We saw the damage.', 'Michael Howard', 'Howard'],
      ['Yet people gave generously,', 'Michael Howard', 'Howard'],
    ]));
});

describe('where a telling cue says the words were said', () => {
  it('reports no clause when the cue’s object introduces a quotation with a colon', () =>
    assert.deepEqual(quotes('Mr Howard told ITV News: "The time has come for an apology."', 'indirect'), []));
  it('reports no clause for the rest of a programme’s name after the hearer', () =>
    assert.deepEqual(
      quotes('"We will not apologise," Mr Howard told BBC Radio 4\'s Today programme.', 'indirect'),
      [],
    ));
  it('takes the hearer with its article out of the reported clause', () =>
    assert.deepEqual(quotes('Mr Howard told the BBC progress had been made on schools.', 'indirect'), [
      ['progress had been made on schools', 'Michael Howard', 'Howard'],
    ]));
  it('must not drop a reported clause that has its verb', () =>
    assert.deepEqual(quotes('Mr Howard told reporters the school had closed.', 'indirect'), [
      ['the school had closed', 'Michael Howard', 'Howard'],
    ]));
});
