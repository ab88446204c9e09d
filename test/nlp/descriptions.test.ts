import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { analyse } from './helpers.js';

/** The canonical name of the entity a description (its exact text) was linked to, or undefined. */
function linkedTo(doc: Doc, text: string): string | undefined {
  const m = doc.mentions.find((x) => x.text === text && x.rule === 'alias:description');
  return m && doc.entities.find((e) => e.id === m.entity)!.name;
}

describe('descriptions of one person ("the New York businessman")', () => {
  it('links a descriptor to the one man the last sentences name, not to a woman named beside him', () => {
    const doc = analyse(
      'Donald Trump spoke in Ohio on Friday. Trump said Hillary Clinton was lying about trade. ' +
        'The New York businessman says she would sell the office.',
    );
    assert.equal(linkedTo(doc, 'The New York businessman'), 'Donald Trump');
  });

  it('follows the party word of the apposition: the Republican nominee is not the Democratic one', () => {
    const doc = analyse(
      'Democratic nominee Hillary Clinton met Republican nominee Donald Trump in the debate. ' +
        'The Republican nominee said he would win. The Democratic nominee said she would.',
    );
    assert.equal(linkedTo(doc, 'The Republican nominee'), 'Donald Trump');
    assert.equal(linkedTo(doc, 'The Democratic nominee'), 'Hillary Clinton');
  });

  it('links an office with a place word through the title that names it', () => {
    const doc = analyse(
      'Indiana Gov. Mike Pence spoke on Friday. Barack Obama was in Ohio. The Indiana governor said the media were to blame.',
    );
    assert.equal(linkedTo(doc, 'The Indiana governor'), 'Mike Pence');
  });

  it('never links a senator of one state to the senator from another', () => {
    const doc = analyse(
      'Bernie Sanders, the senator from Vermont, spoke in Iowa. Donald Trump questioned Ted Cruz on Monday, ' +
        'saying the Texas senator could not make deals.',
    );
    assert.notEqual(linkedTo(doc, 'the Texas senator'), 'Bernie Sanders');
  });

  it('leaves a description unlinked when two people fit it', () => {
    const doc = analyse(
      'Hillary Clinton and Bernie Sanders met in Iowa. The candidate said the debate went well.',
    );
    assert.equal(linkedTo(doc, 'The candidate'), undefined);
  });

  it('does not link a future holder of the role ("the next president")', () => {
    const doc = analyse(
      'President Barack Obama spoke in Ohio. He said the next president must build on the plan.',
    );
    assert.equal(linkedTo(doc, 'the next president'), undefined);
  });

  it('keeps a former candidate for another office apart from "the candidate"', () => {
    const doc = analyse(
      'Donald Trump held a rally. Meg Whitman, a former candidate for governor, called him unfit. ' +
        'Donors met Donald Trump in June, and Tyrone Pike did business with the candidate years ago.',
    );
    assert.notEqual(linkedTo(doc, 'the candidate'), 'Meg Whitman');
  });

  it('never links a description to the person named earlier in its own sentence', () => {
    const doc = analyse(
      'Sen. Lindsey Graham spoke in Columbia on Tuesday. Graham said the GOP presidential nominee should ' +
        'make a deal.',
    );
    assert.notEqual(linkedTo(doc, 'the GOP presidential nominee'), 'Lindsey Graham');
  });

  it('makes no guess when someone else is named with the role ("the state attorney general")', () => {
    const doc = analyse(
      'Attorney General Eric Schneiderman opened an inquiry. Donald Trump spoke in Ohio on Friday. ' +
        'The New York state attorney general said the charity broke the law.',
    );
    assert.notEqual(linkedTo(doc, 'The New York state attorney general'), 'Donald Trump');
  });
});
