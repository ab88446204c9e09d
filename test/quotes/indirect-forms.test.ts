/**
 * Indirect speech beyond "X said that …": the attribution after the clause ("…, officials said.") and
 * reported infinitives ("vowed to …", "urged Congress to …"), with the cases that must not match.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeQuotes } from '../../src/quotes/index.js';
import { ctx, makeDoc, type DocSpec } from './make-doc.js';

const SPEC: DocSpec = {
  entities: {
    trump: ['PERSON', 'Donald Trump'],
    putin: ['PERSON', 'Vladimir Putin'],
    congress: ['ORG', 'Congress'],
  },
  mentions: [
    ['Trump', 'trump'],
    ['Putin', 'putin'],
    ['Congress', 'congress'],
  ],
};

/** [kind, text, speaker's name or '-', speaker span or '', rule] */
type Row = [string, string, string, string, string];

function quotes(text: string, tokens = true): Row[] {
  const doc = attributeQuotes(makeDoc(text, { ...SPEC, tokens }), ctx);
  const name = (id?: string): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
  return doc.quotes.map((q) => [q.kind, q.text, name(q.speaker), q.speakerSpan?.text ?? '', q.rule]);
}

const CASES: [string, Row[]][] = [
  [
    'The talks will go ahead next week, officials said.',
    [['indirect', 'The talks will go ahead next week', '-', 'officials', 'indirect:attribution-after']],
  ],
  [
    'The summit could last two days, Putin told reporters on Friday.',
    [['indirect', 'The summit could last two days', 'Vladimir Putin', 'Putin', 'indirect:attribution-after']],
  ],
  [
    'Trump vowed to end the war within a day.',
    [['indirect', 'to end the war within a day', 'Donald Trump', 'Trump', 'indirect:clause']],
  ],
  [
    'Putin urged Congress to lift the sanctions.',
    [['indirect', 'to lift the sanctions', 'Vladimir Putin', 'Putin', 'indirect:clause']],
  ],
  // a plain noun phrase as the source, no entity behind it
  [
    'The bank said that it had fired the employees years ago.',
    [['indirect', 'that it had fired the employees years ago', '-', 'The bank', 'indirect:clause']],
  ],
  [
    'Twenty-four percent said they were more likely to vote for him.',
    [['indirect', 'they were more likely to vote for him', '-', 'Twenty-four percent', 'indirect:clause']],
  ],
  [
    'Nearly half said they prefer someone with experience in politics.',
    [['indirect', 'they prefer someone with experience in politics', '-', 'Nearly half', 'indirect:clause']],
  ],
  [
    'In Texas, half of GOP primary voters said they were angry at Congress.',
    [['indirect', 'they were angry at Congress', '-', 'half of GOP primary voters', 'indirect:clause']],
  ],
  // "to" after a cue that takes no infinitive is a preposition: the reported clause is the that-clause
  [
    'Trump said to reporters in Alaska that nothing was agreed.',
    [['indirect', 'that nothing was agreed', 'Donald Trump', 'Trump', 'indirect:clause']],
  ],
  [
    'Putin said in an interview with The Associated Press last week that the talks failed.',
    [['indirect', 'that the talks failed', 'Vladimir Putin', 'Putin', 'indirect:clause']],
  ],
  // a parenthetical attribution between a subject and its verb: one report across it
  [
    'Many of the closures, Trump said, have involved public and semiprivate courses.',
    [
      [
        'indirect',
        'Many of the closures, Trump said, have involved public and semiprivate courses',
        'Donald Trump',
        'Trump',
        'indirect:parenthetical',
      ],
    ],
  ],
  [
    'But the bigger risk, Trump said, is a clash caused by the coast guard ships.',
    [
      [
        'indirect',
        'the bigger risk, Trump said, is a clash caused by the coast guard ships',
        'Donald Trump',
        'Trump',
        'indirect:parenthetical',
      ],
    ],
  ],
  // an adverbial lead-in before the attribution is the writer's frame: only the clause after it is reported
  [
    'After the second round of talks, Trump said, the sanctions will stay in place.',
    [['indirect', 'the sanctions will stay in place', 'Donald Trump', 'Trump', 'indirect:parenthetical']],
  ],
  [
    'But to keep the ceasefire, Putin said, both armies must pull back their artillery.',
    [
      [
        'indirect',
        'both armies must pull back their artillery',
        'Vladimir Putin',
        'Putin',
        'indirect:parenthetical',
      ],
    ],
  ],
  [
    'If the talks fail to end the war, Putin argues, there are other ways to bring Kyiv to the table.',
    [
      [
        'indirect',
        'there are other ways to bring Kyiv to the table',
        'Vladimir Putin',
        'Putin',
        'indirect:parenthetical',
      ],
    ],
  ],
  [
    'Still, officials said, the talks have to go ahead.',
    [['indirect', 'the talks have to go ahead', '-', 'officials', 'indirect:parenthetical']],
  ],
  // a reported question, and hearers no table knows
  [
    'Trump asked the reporters how they were feeling on caucus day.',
    [['indirect', 'how they were feeling on caucus day', 'Donald Trump', 'Trump', 'indirect:clause']],
  ],
  [
    'Trump asked the network to donate the profits to veterans.',
    [['indirect', 'to donate the profits to veterans', 'Donald Trump', 'Trump', 'indirect:clause']],
  ],
  [
    'Putin told the crowd that the fight was not over.',
    [['indirect', 'that the fight was not over', 'Vladimir Putin', 'Putin', 'indirect:clause']],
  ],
  [
    'Seventy-four percent of registered voters say they have a favorable view of Congress.',
    [
      [
        'indirect',
        'they have a favorable view of Congress',
        '-',
        'Seventy-four percent of registered voters',
        'indirect:clause',
      ],
    ],
  ],
  [
    'Sources close to her campaign say she stands behind the plan.',
    [['indirect', 'she stands behind the plan', '-', 'Sources close to her campaign', 'indirect:clause']],
  ],
  // the subject of a condition does not speak for the main verb after the condition ends
  [
    'Trump warned of consequences if Putin rejects a ceasefire – but also agreed to see him in Alaska.',
    [['indirect', 'to see him in Alaska', 'Donald Trump', 'Trump', 'indirect:clause']],
  ],
  // evidence and belief cues
  [
    'A new poll found that most voters distrust Congress.',
    [['indirect', 'that most voters distrust Congress', '-', 'A new poll', 'indirect:clause']],
  ],
  // a quotation inside reported speech whose own cue names no one is the reported speaker's words
  [
    'Putin said that the advert “unmistakably and wrongfully” suggests that the army backs the plan.',
    [
      [
        'indirect',
        'that the advert “unmistakably and wrongfully” suggests that the army backs the plan',
        'Vladimir Putin',
        'Putin',
        'indirect:clause',
      ],
      ['direct', 'unmistakably and wrongfully', 'Vladimir Putin', 'Putin', 'direct:in-report'],
    ],
  ],
  // a cue inside reported speech from another source is a report of its own
  [
    'Trump said Putin believes the war will end soon.',
    [
      ['indirect', 'Putin believes the war will end soon', 'Donald Trump', 'Trump', 'indirect:clause'],
      ['indirect', 'the war will end soon', 'Vladimir Putin', 'Putin', 'indirect:clause'],
    ],
  ],
];

const MUST_NOT: [string, Row[]][] = [
  // the comma clause is followed by more of the sentence: "said" is not the closing attribution
  ['The talks will go ahead, officials said, but the date is unclear to many in Kyiv.', []],
  // a verb without a reported-infinitive sense
  ['Trump wanted to end the war within a day.', []],
  // a passive cue names no source, and its subject is not one
  ['Russia is believed to have more warheads than anyone.', []],
  // "asked" with an object and no question or infinitive reports nothing
  ['Trump asked the network for a larger studio.', []],
  // "found" and "show" with an object, not a clause
  ['Police found a body near the river on Sunday.', []],
  ['The talks may end early if Putin does not show willingness to compromise.', []],
  // a cue inside a condition reports speech that may never be made (PolNeAR train shape)
  [
    'Campaign officials looked into what the consequences would be if their candidate announced he would not back Trump now.',
    [],
  ],
  ['The deal would hold if the Chinese pledged to cap their emissions by 2030.', []],

  // the sentence-final cue attributes the quote, which the direct finder keeps
  [
    '“The talks will go ahead,” officials said.',
    [['direct', 'The talks will go ahead,', '-', 'officials', 'direct:cue-after']],
  ],
];

describe('indirect speech forms', () => {
  for (const [text, expected] of CASES) it(text, () => assert.deepEqual(quotes(text), expected));
});

/** Quotes (text and speaker span) of a sentence whose "on Tuesday" (or "Tuesday") the time stage found. */
function quotesWithTuesday(text: string): (string | undefined)[][] {
  const doc = makeDoc(text, SPEC);
  const time = text.includes('on Tuesday') ? 'on Tuesday' : 'Tuesday';
  const start = text.indexOf(time);
  doc.timexes = [
    {
      start,
      end: start + time.length,
      text: time,
      type: 'DATE',
      value: 'XXXX-WXX-2',
      anchored: false,
      sentence: 0,
      rule: 'test',
    },
  ];
  return attributeQuotes(doc, ctx).quotes.map((q) => [q.text, q.speakerSpan?.text]);
}

describe('a time expression the time stage found', () => {
  it('is skipped between the cue and its "that"', () => {
    assert.deepEqual(quotesWithTuesday('Putin said on Tuesday that the talks would go ahead.'), [
      ['that the talks would go ahead', 'Putin'],
    ]);
  });
  it('is skipped between the subject and the cue', () => {
    assert.deepEqual(quotesWithTuesday('Putin on Tuesday said the talks would go ahead.'), [
      ['the talks would go ahead', 'Putin'],
    ]);
  });
  it('is skipped between the cue and a clause with no "that"', () => {
    assert.deepEqual(quotesWithTuesday('Putin said Tuesday the talks would go ahead.'), [
      ['the talks would go ahead', 'Putin'],
    ]);
  });
  it('modifying a noun stays in the clause', () => {
    const doc = makeDoc('Experts say recent satellite images show intense preparations at the site.', SPEC);
    const start = doc.text.indexOf('recent');
    doc.timexes = [
      {
        start,
        end: start + 6,
        text: 'recent',
        type: 'DATE',
        value: 'PAST_REF',
        anchored: false,
        sentence: 0,
        rule: 'test',
      },
    ];
    assert.deepEqual(
      attributeQuotes(doc, ctx).quotes.map((q) => q.text),
      ['recent satellite images show intense preparations at the site'],
    );
  });
  it('modifying the noun after it stays in the clause', () => {
    assert.deepEqual(quotesWithTuesday('Putin said Tuesday talks with Kyiv would resume.'), [
      ['Tuesday talks with Kyiv would resume', 'Putin'],
    ]);
  });
  it('followed by a subordinate clause leaves no report: the clause is the writer’s', () => {
    assert.deepEqual(quotesWithTuesday('Putin said Tuesday as he arrived for the summit.'), []);
    assert.deepEqual(quotesWithTuesday('Putin said Tuesday while he toured the flooded towns.'), []);
    assert.deepEqual(quotesWithTuesday('Putin said Tuesday -- a sign that the talks would go on.'), []);
  });
});

describe('indirect forms that must not match', () => {
  for (const [text, expected] of MUST_NOT) it(text, () => assert.deepEqual(quotes(text), expected));
});
