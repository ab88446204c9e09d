/**
 * A place or organisation that only qualifies the speaker is no speaker: "President Musharraf of Pakistan has
 * said", "Mr Grieve, MP for Beaconsfield, Buckinghamshire, said". Sentences written in the shapes of BBC
 * politics articles outside the hand-audit list, run on the whole engine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotes, rowOf } from './engine-quotes.js';

describe('a qualifier after the speaker', () => {
  it('gives "Name of Country has said" to the person, not the country', () => {
    const rows = quotes(
      'Hiding women away is a backward view of Islam, President Musharraf of Pakistan has said during a ' +
        'visit to Britain.',
    );
    assert.deepEqual(rowOf(rows, 'a backward view of Islam')?.slice(1), ['Musharraf', 'Musharraf']);
  });
  it('skips the county after a constituency in an apposition', () => {
    const rows = quotes(
      'The bill passed its second reading.\n\n' +
        'Mr Grieve, MP for Beaconsfield, Buckinghamshire, said he feared the rules would be abused.',
    );
    assert.equal(rowOf(rows, 'he feared the rules')?.[1], 'Grieve');
  });
  it('keeps a group noun before "for" and its organisation as the speaker span', () => {
    const rows = quotes(
      'Interest rates will stay on hold until the summer, a spokesman for the Home Office said.',
    );
    assert.equal(rowOf(rows, 'Interest rates will stay')?.[2], 'a spokesman');
  });
  it('must not split an organisation’s own name at "of"', () => {
    const rows = quotes('The economy is slowing, the Bank of England said.');
    assert.equal(rowOf(rows, 'The economy is slowing')?.[1], 'Bank of England');
  });
});

describe('an apposition after the speaker’s name', () => {
  it('gives the cue to the name, not to "a Republican who …"', () => {
    const rows = quotes(
      'But Mr. Ortega, a Democrat who described himself as a lifelong union man, said he recoiled when ' +
        "the plant closed. ''It was not right,'' Mr. Ortega, who is a welder, said of the owners.",
    );
    assert.equal(rowOf(rows, 'he recoiled when')?.[1], 'Ortega');
  });
});

describe('a new paragraph after a closing mark', () => {
  it('is no attribution of the quotation before it, which goes on with its paragraph’s speaker', () => {
    const rows = quotes(
      'Hassan would not rule out a second debate.\n\n' +
        '"We will take every chance to talk to voters," Hassan said. "Why would anyone doubt it?"\n\n' +
        'The Democratic governor said that the race was close.',
    );
    assert.deepEqual(rowOf(rows, 'Why would anyone doubt it')?.slice(1), ['Hassan', 'Hassan']);
  });
});
