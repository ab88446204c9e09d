/**
 * A name that only modifies a title or speaker noun is no speaker of its own: "a Home Office minister has
 * said", "a State Department official said", "the Work and Pensions Secretary has said". The speaker span is
 * the whole description; it names the person the article gives that title, else no one. Sentence shapes from
 * BBC politics and PolNeAR train articles (not the hand-audit ones), run on the whole engine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotes, rowOf } from './engine-quotes.js';

describe('a name before a title or speaker noun', () => {
  it('keeps a department before "minister" in the span, with no speaker id', () => {
    const rows = quotes(
      'Young men should accept that they are more likely to be stopped and searched by police, ' +
        'a Home Office minister has said.',
    );
    assert.deepEqual(rowOf(rows, 'more likely to be stopped')?.slice(1), ['-', 'a Home Office minister']);
  });
  it('keeps a department before "official" in the span of a direct quote', () => {
    const rows = quotes(
      'In a statement for this story, a State Department official said, "We are not going to speak to the ' +
        'content of these documents."',
      '2016-02-10',
    );
    assert.deepEqual(rowOf(rows, 'We are not going to speak')?.slice(1), [
      '-',
      'a State Department official',
    ]);
  });
  it('reads "the X and Y Secretary" as the secretary the article names', () => {
    const rows = quotes(
      'Maternity pay is to rise under plans announced by Work and Pensions Secretary Alan Johnson.\n\n' +
        'Employers will get more help with the cost, the Work and Pensions Secretary has said.',
    );
    assert.deepEqual(rowOf(rows, 'Employers will get')?.slice(1), [
      'Alan Johnson',
      'the Work and Pensions Secretary',
    ]);
  });
  it('gives a quote to the name in apposition to a description (PolNeAR train shape)', () => {
    const rows = quotes(
      'Officials are reviewing the visas issued in the past two years.\n\n' +
        '"Somebody entered the United States through the visa program," the White House spokesman, ' +
        'Josh Earnest, said on Thursday.',
      '2015-12-14',
    );
    assert.equal(rowOf(rows, 'Somebody entered')?.[1], 'Josh Earnest');
  });
  it('keeps a person’s description the nlp stage linked ("The businessman")', () => {
    const rows = quotes(
      'Donald Trump is touting a cautious stance in other interviews.\n\n' +
        '“We are sitting on a bubble,” he said.\n\n' +
        'The businessman said China is expecting a 6.5 percent growth rate, while the U.S. will see less.',
      '2016-01-08',
    );
    assert.equal(rowOf(rows, 'China is expecting')?.[1], 'Donald Trump');
  });
  it('must not turn a person’s name before a title noun into a description', () => {
    const rows = quotes('The talks failed on Monday.\n\nTony Blair said the government would try again.');
    assert.equal(rowOf(rows, 'the government would try again')?.[1], 'Tony Blair');
  });
  it('must not make an organisation before a verb a description', () => {
    const rows = quotes('The Home Office said the rules would change in April.');
    assert.equal(rowOf(rows, 'the rules would change')?.[1], 'Home Office');
  });
});

describe('a portfolio title the nlp stage tags as nothing', () => {
  it('is the minister the lead names next ("…, the X and Y Secretary has said. Name said …")', () => {
    const rows = quotes(
      'More help for small exporters should be a priority for the next government, the Trade and ' +
        'Industry Secretary has said.\n\nAlan Johnson said the cost of the scheme was being examined.',
    );
    assert.deepEqual(rowOf(rows, 'More help for small exporters')?.slice(1), [
      'Alan Johnson',
      'the Trade and Industry Secretary',
    ]);
  });
  it('must not go to a private person named next, staying an unnamed source with its whole phrase', () => {
    const rows = quotes(
      'Rail fares will rise faster than inflation for another three years, the Transport Secretary has ' +
        'said.\n\nMartin Dobbs, 32, a commuter from Wembley, said fares were already too high.',
    );
    assert.deepEqual(rowOf(rows, 'Rail fares will rise')?.slice(1), ['-', 'the Transport Secretary']);
  });
  it('must not go to someone named next when a fitting person was named before', () => {
    const rows = quotes(
      'Jack Straw visited Jakarta on Monday.\n\nAid will reach the region within days, the Trade and ' +
        'Industry Secretary has said.\n\nAlan Johnson said the cost was being examined.',
    );
    assert.notEqual(rowOf(rows, 'Aid will reach')?.[1], 'Alan Johnson');
  });
  it('must not make a title before a name or "of" a description', () => {
    const rows = quotes(
      'The talks went on into the night.\n\nForeign Secretary Jack Straw said the deal was close.',
    );
    assert.deepEqual(rowOf(rows, 'the deal was close')?.slice(1), ['Jack Straw', 'Jack Straw']);
  });
});
