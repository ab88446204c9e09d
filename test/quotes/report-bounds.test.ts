/**
 * Where a report starts and ends, and words next to a cue that are no report: an appositive after a source
 * named after its cue, a hearer with its place and time before "that", a second attribution closing the
 * sentence. Sentence shapes from PolNeAR train (names changed), with the cases that must not change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeQuotes } from '../../src/quotes/index.js';
import { ctx, makeDoc, type DocSpec } from './make-doc.js';

const SPEC: DocSpec = {
  entities: {
    trump: ['PERSON', 'Donald Trump'],
    putin: ['PERSON', 'Vladimir Putin'],
    porter: ['PERSON', 'Jane Porter'],
  },
  mentions: [
    ['Trump', 'trump'],
    ['Putin', 'putin'],
    ['Jane Porter', 'porter'],
  ],
};

/** [kind, text, speaker span, rule] of each quote. */
function quotes(text: string): string[][] {
  const doc = attributeQuotes(makeDoc(text, SPEC), ctx);
  return doc.quotes.map((q) => [q.kind, q.text, q.speakerSpan?.text ?? '', q.rule]);
}

const CASES: [string, string[][]][] = [
  // an appositive after "said NAME," describes the source
  [
    'The rules are a burden that distracts from teaching, said Putin, a former officer who founded a security firm.',
    [
      [
        'indirect',
        'The rules are a burden that distracts from teaching',
        'Putin',
        'indirect:attribution-after',
      ],
    ],
  ],
  [
    'Social media has sped up the spread of misinformation, said Jane Porter, the site’s editor.',
    [
      [
        'indirect',
        'Social media has sped up the spread of misinformation',
        'Jane Porter',
        'indirect:attribution-after',
      ],
    ],
  ],
  // the source after a comma and a cue is no reported clause
  [
    'Trump had a voice in decisions about investments in Ukraine, said a former spokesman for the Foreign Ministry, who also ran in the bloc.',
    [],
  ],
  // a hearer with its place, time or complement before "that"
  [
    'Trump told a crowded banquet hall at a hotel in downtown Baltimore that he was not giving up.',
    [['indirect', 'that he was not giving up', 'Trump', 'indirect:clause']],
  ],
  [
    'Putin told members of the party’s executive council that the body would not hold a vote.',
    [['indirect', 'that the body would not hold a vote', 'Putin', 'indirect:clause']],
  ],
  [
    'Putin told The New York Times on Tuesday morning that the talks were over.',
    [['indirect', 'that the talks were over', 'Putin', 'indirect:clause']],
  ],
  // a comma after the hearer opening a quotation: the quotation is the speech
  [
    'Trump did not mention his rivals by name, but told his supporters, “our nation is in horrible trouble.”',
    [['direct', 'our nation is in horrible trouble.', 'Trump', 'direct:cue-before']],
  ],
  // a second attribution closing the sentence is not part of the first report
  [
    'Putin said the army added 160 security personnel along the border, the Sun-Times reported.',
    [['indirect', 'the army added 160 security personnel along the border', 'Putin', 'indirect:clause']],
  ],
  // a cue with an object of its own, or an infinitive, after a lead-in comma attributes nothing
  ['Shortly after the verdict, Putin announced his resignation.', []],
  ['In an interview, Trump had nothing bad to say about Putin.', []],
  ['Candidates have until Jan. 31, the eve of the caucuses, to disclose fundraising details.', []],
  ['Sanders claimed a victory in the New Hampshire primary last month.', []],
  // a headline in title case or capitals sums up the article
  ['Putin Responds To Question About Sanctions By Saying We Need Fewer Diplomats', []],
  ['Trump Just Revealed The 1 Thing He Thinks The Senate Will Do, And He’s Willing To Bet On It', []],
  ['PUTIN SAYS TALKS WITH KYIV WILL RESUME IN MAY', []],
  // manner adverbs after the cue: not in the clause; before the writer's subordinate clause, no report
  [
    'Putin said quietly that the talks had failed.',
    [['indirect', 'that the talks had failed', 'Putin', 'indirect:clause']],
  ],
  [
    'Trump says directly to the camera that the wall will be built.',
    [['indirect', 'that the wall will be built', 'Trump', 'indirect:clause']],
  ],
  ['Putin said quietly as he left the hall.', []],
  // "when asked": the question is the interviewer's, not a report by the subject before it
  ['The tycoon told Putin in a rare interview when asked if he had met Trump.', []],
];

const MUST_NOT_CHANGE: [string, string[][]][] = [
  // a noun phrase after a comma with a verb of its own, or set beside a name, is still reported
  [
    'Putin said that on Monday, a court in Moscow ruled against the plan.',
    [['indirect', 'that on Monday, a court in Moscow ruled against the plan', 'Putin', 'indirect:clause']],
  ],
  [
    'Trump said the vote would be held in Dallas, a city he loves.',
    [['indirect', 'the vote would be held in Dallas, a city he loves', 'Trump', 'indirect:clause']],
  ],
  // after a participle cue a clause with its verb is still reported
  [
    'Jane Porter spoke on Monday, saying officials lied about the vote.',
    [['indirect', 'officials lied about the vote', 'Jane Porter', 'indirect:clause']],
  ],
  // "but" before a new subject still ends the report
  // before a bare verb the left-out subject may be the speaker: the report ends
  [
    'Putin claimed the election had been rigged, but gave no evidence.',
    [['indirect', 'the election had been rigged', 'Putin', 'indirect:clause']],
  ],
  [
    'Arriving at the scene, police began searching the mall, believing there may be three gunmen, but finding only one man.',
    [['indirect', 'there may be three gunmen', 'police', 'indirect:clause']],
  ],
  [
    'Putin said the talks had failed, but the sides will meet again in May.',
    [['indirect', 'the talks had failed', 'Putin', 'indirect:clause']],
  ],
  // the clause after a parenthetical attribution is still reported, with its subject before the attribution
  [
    'The plan, said Putin, would fail within a year.',
    [['indirect', 'The plan, said Putin, would fail within a year', 'Putin', 'indirect:parenthetical']],
  ],
  [
    'Still, said Putin, the talks have to go ahead.',
    [['indirect', 'the talks have to go ahead', 'Putin', 'indirect:parenthetical']],
  ],
  // a comma before the cue after an appositive subject: the clause has its verb
  [
    'Trump, a Republican, said the plan would fail.',
    [['indirect', 'the plan would fail', 'Trump', 'indirect:clause']],
  ],
  [
    'The summit could last two days, Putin said privately.',
    [['indirect', 'The summit could last two days', 'Putin', 'indirect:attribution-after']],
  ],
  [
    'The summit could last two days, said the Kremlin.',
    [['indirect', 'The summit could last two days', 'the Kremlin', 'indirect:attribution-after']],
  ],
  // a sentence with many capitalised names is no headline while its verb is in lower case
  [
    'Trump said the New York Times Company Board Will Meet on Monday.',
    [['indirect', 'the New York Times Company Board Will Meet on Monday', 'Trump', 'indirect:clause']],
  ],
  // "only" and a reported question word stay
  [
    'Putin said only that the talks would go on.',
    [['indirect', 'that the talks would go on', 'Putin', 'indirect:clause']],
  ],
  [
    'Trump asked the reporters how they were feeling.',
    [['indirect', 'how they were feeling', 'Trump', 'indirect:clause']],
  ],
  // a degree or focus adverb belongs to the clause
  [
    'Putin said too much is made of the tweets.',
    [['indirect', 'too much is made of the tweets', 'Putin', 'indirect:clause']],
  ],
  [
    'Putin said only Trump could end the war.',
    [['indirect', 'only Trump could end the war', 'Putin', 'indirect:clause']],
  ],
  // a hearer with no clause after it
  ['Trump asked the network for a larger studio.', []],
  [
    'Trump asked the network to donate the profits to veterans.',
    [['indirect', 'to donate the profits to veterans', 'Trump', 'indirect:clause']],
  ],
  // a negation after the hearer belongs to the reported infinitive
  [
    'Trump told Putin not to worry about the vote.',
    [['indirect', 'not to worry about the vote', 'Trump', 'indirect:clause']],
  ],
  // what a question is about is no hearer: the "that" clause is another's claim
  [
    'A number of readers have asked questions about Putin’s assertion that the e-mails were in the system.',
    [],
  ],
  // a participle after a comma has its subject before it
  [
    'Trump ran slick ads, telling the story of a single mom who went on to build a career.',
    [['indirect', 'the story of a single mom who went on to build a career', 'Trump', 'indirect:clause']],
  ],
  // a summary noun phrase after a comma closing the sentence is the writer's comment on the report
  [
    'Most voters now say Trump could win the election, a 20-point rise from the last poll.',
    [['indirect', 'Trump could win the election', 'Most voters', 'indirect:clause']],
  ],
  [
    'Putin declared that the border would stay open, a promise that did not last.',
    [['indirect', 'that the border would stay open', 'Putin', 'indirect:clause']],
  ],
  [
    'Trump asked reporters to leave the room, a demand not always obeyed.',
    [['indirect', 'to leave the room', 'Trump', 'indirect:clause']],
  ],
  // a noun phrase with no verb after a participle cue is its object, not a report
  ['Jane Porter won the primary easily, claiming 41 percent of the vote.', []],
  ['Putin held onto most of the region while adding rural strongholds like Tver.', []],
  // "but" before "that" or "not" goes on with the same report
  [
    'Putin said he supports an exception for the sick, but not for the old.',
    [['indirect', 'he supports an exception for the sick, but not for the old', 'Putin', 'indirect:clause']],
  ],
  [
    'Putin said the country must secure its border, but that it would not close it.',
    [
      [
        'indirect',
        'the country must secure its border, but that it would not close it',
        'Putin',
        'indirect:clause',
      ],
    ],
  ],
  // a comma clause with a verb of its own is still part of the report
  [
    'Putin said the talks would go ahead, which surprised the diplomats in Vienna.',
    [
      [
        'indirect',
        'the talks would go ahead, which surprised the diplomats in Vienna',
        'Putin',
        'indirect:clause',
      ],
    ],
  ],
];

describe('a closing attribution with a time the time stage found after its cue', () => {
  it('still attributes the words before it', () => {
    const text = 'The summit could last two days, Putin said this week.';
    const doc = makeDoc(text, SPEC);
    const start = text.indexOf('this week');
    doc.timexes = [
      {
        start,
        end: start + 9,
        text: 'this week',
        type: 'DATE',
        value: 'XXXX-WXX',
        anchored: false,
        sentence: 0,
        rule: 'test',
      },
    ];
    assert.deepEqual(
      attributeQuotes(doc, ctx).quotes.map((q) => [q.text, q.rule]),
      [['The summit could last two days', 'indirect:attribution-after']],
    );
  });
});

describe('report bounds', () => {
  for (const [text, expected] of CASES) it(text, () => assert.deepEqual(quotes(text), expected));
});

describe('report bounds that must not change', () => {
  for (const [text, expected] of MUST_NOT_CHANGE) it(text, () => assert.deepEqual(quotes(text), expected));
});
