/**
 * Titles of works in quotation marks are no speech; a label someone gave in title case, and ordinary
 * quotations, still are. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeQuotes } from '../../src/quotes/index.js';
import { ctx, makeDoc, type DocSpec } from './make-doc.js';

const SPEC: DocSpec = { entities: { lee: ['PERSON', 'Dana Lee'] }, mentions: [['Lee', 'lee']] };

/** [text, scare] for each direct quotation. */
function marks(text: string): [string, boolean][] {
  const doc = attributeQuotes(makeDoc(text, SPEC), ctx);
  return doc.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, !!q.scare]);
}

describe('names of works in quotation marks', () => {
  const titles: [string, string][] = [
    ['She first appeared on the cooking show “Bake Off Heroes.”', 'Bake Off Heroes.'],
    ['Lee told NBC’s “Sunday Morning Report” that the plan would fail.', 'Sunday Morning Report'],
    ['“Late Night Review” host Dana Lee said on Monday that she would retire.', 'Late Night Review'],
    ['The money came from his memoir “Winning Against the Odds,” Lee said.', 'Winning Against the Odds,'],
    ['The so called “Clean Streets Initiative” failed in the vote.', 'Clean Streets Initiative'],
    // one capitalised word with a work word or a network's possessive beside it
    ['On Wednesday on Fox News Channel’s “Hardball,” Lee said the plan would fail.', 'Hardball,'],
    ['The “Titanic” star said on Monday that she would retire.', 'Titanic'],
    ['Lee wrote an essay titled “Enough” for the student paper.', 'Enough'],
    ['The activist known as “Spartacus” posted the files online.', 'Spartacus'],
    // a name woven into the writer's clause, with no work word: an event, a slogan, a programme
    [
      'Lee stressed her record at the “Veterans Leadership Summit” in New York.',
      'Veterans Leadership Summit',
    ],
    ['Lee has promised a defence policy of “Strength Through Unity.”', 'Strength Through Unity.'],
  ];
  for (const [text, title] of titles)
    it(`reads ${JSON.stringify(title)} as a title`, () => assert.deepEqual(marks(text), [[title, true]]));
});

describe('must not read as a title', () => {
  const speech: [string, string][] = [
    // a label someone gave stays that person's words
    ['Lee called the governor a “Total Disaster” on Monday.', 'Total Disaster'],
    ['Lee called the pageant winner “Little Miss Sunshine” in a radio interview.', 'Little Miss Sunshine'],
    // title-case words as speech, with a cue and no work word
    ['“Never Again,” Lee said.', 'Never Again,'],
    // a sentence in marks is speech even after a network's name
    ['Lee told NBC’s viewers: “We will not give up on this town.”', 'We will not give up on this town.'],
    // one word after a possessive: a word said, with its full stop
    ['Asked about the plan, Lee’s answer was “Never.”', 'Never.'],
    // a work word far from the marks does not count
    ['The show ended when Lee said “We Are Done Here” and left.', 'We Are Done Here'],
  ];
  for (const [text, quote] of speech)
    it(`keeps ${JSON.stringify(quote)} as speech`, () => assert.deepEqual(marks(text), [[quote, false]]));
});
