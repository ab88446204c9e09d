/**
 * A pronoun subject run together with its auxiliary ("He's telling allies that …", "She’s calling the plan
 * “…”"): the "'s" is "is"/"has", not a possessive, so the pronoun is the cue's subject and stands for the
 * person named before it. Whole engine; sentences written for these tests in the shapes of US political news.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/pipeline.js';

type Row = [quote: string, speaker: string, span: string];

function quotes(text: string): Row[] {
  const doc = analyze({
    kind: 'text',
    content: `Headline of the story\n\n${text}`,
    meta: { published: '2016-03-18' },
  });
  const name = (id?: string): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
  return doc.quotes.filter((q) => !q.scare).map((q) => [q.text, name(q.speaker), q.speakerSpan?.text ?? '']);
}

const rowOf = (rows: Row[], quote: string): Row | undefined => rows.find(([text]) => text.includes(quote));

describe('a pronoun with a contracted auxiliary', () => {
  it('is the subject of a reporting verb and stands for the man named before', () => {
    const rows = quotes(
      'With his nominee, President Obama made the safe choice for the Supreme Court. ' +
        "He's telling allies that he hopes this forces Republicans to reconsider their opposition.",
    );
    const row = rowOf(rows, 'he hopes this forces');
    assert.match(row?.[1] ?? '', /Obama/u);
    assert.equal(row?.[2], 'He');
  });
  it('takes a curly apostrophe too, for a woman named in the paragraph before', () => {
    const rows = quotes(
      'Senator Maria Lopez spoke to farmers in Iowa on Monday.\n\n' +
        'She’s calling the new trade plan “a disaster for every family farm.”',
    );
    assert.equal(rowOf(rows, 'a disaster for every family farm')?.[1], 'Maria Lopez');
  });
  it('must not read a name’s possessive as a subject', () => {
    const rows = quotes(
      'Senator Maria Lopez spoke to farmers in Iowa on Monday.\n\n' +
        'Lopez’s aides are calling the new trade plan “a disaster for every family farm.”',
    );
    assert.notEqual(rowOf(rows, 'a disaster for every family farm')?.[1], 'Maria Lopez');
  });
});
