/**
 * Speakers named around a quotation: titles before the name, appositives, names NER missed, inverted and
 * colon forms, a dash source, and the speaker carried to the next quote of one paragraph or the next.
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
    moore: ['PERSON', 'Gwen Moore'],
    jordan: ['PERSON', 'Chuck Jordan'],
    earnest: ['PERSON', 'Josh Earnest'],
    murphy: ['PERSON', 'Mike Murphy'],
    miller: ['PERSON', 'Jason Miller'],
    quinlan: ['PERSON', 'Steve Quinlan'],
    whiteHouse: ['ORG', 'White House'],
    lynch: ['PERSON', 'Stephen Lynch'],
  },
  mentions: [
    ['Trump', 'trump'],
    ['Putin', 'putin'],
    ['Jane Porter', 'porter'],
    ['Gwen Moore', 'moore'],
    ['Chuck Jordan', 'jordan'],
    ['Josh Earnest', 'earnest'],
    ['Murphy', 'murphy'],
    ['Jason Miller', 'miller'],
    ['Steve Quinlan', 'quinlan'],
    ['White House', 'whiteHouse'],
    ['Lynch', 'lynch'],
  ],
};

/** [quoted text, speaker's name or '-', speaker span or ''] for each direct, non-scare quote. */
type Row = [string, string, string];

function direct(text: string, tokens = true): Row[] {
  const doc = attributeQuotes(makeDoc(text, { ...SPEC, tokens }), ctx);
  const name = (id?: string): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
  return doc.quotes
    .filter((q) => q.kind === 'direct' && !q.scare)
    .map((q) => [q.text, name(q.speaker), q.speakerSpan?.text ?? '']);
}

/** Cases that hold with and without POS tags. */
const BOTH: [string, Row[]][] = [
  ['“We will fight,” Mayor Jane Porter said on Tuesday.', [['We will fight,', 'Jane Porter', 'Jane Porter']]],
  [
    '“We will fight,” Tulsa police Chief Chuck Jordan said Monday.',
    [['We will fight,', 'Chuck Jordan', 'Chuck Jordan']],
  ],
  [
    '“We will fight,” Rep. Gwen Moore (D-Wis.) said Friday.',
    [['We will fight,', 'Gwen Moore', 'Gwen Moore']],
  ],
  [
    '“We will fight,” Murphy, the head of the group, said on Friday.',
    [['We will fight,', 'Mike Murphy', 'Murphy']],
  ],
  // an aside between the name and its cue, closed by a comma ("Blunt, after a long pause, said")
  [
    '“We will fight,” Murphy, after a long pause, said of the plan.',
    [['We will fight,', 'Mike Murphy', 'Murphy']],
  ],
  [
    '"We will fight," Murphy, 30, of Raleigh, who was among those polled, said in an interview.',
    [['We will fight,', 'Mike Murphy', 'Murphy']],
  ],
  // a quotation split by its attribution: the second part goes on with the speaker its cue named
  [
    '"We have had offices here since April," said Murphy, the head of the group, "and we have built ties that last."',
    [
      ['We have had offices here since April,', 'Mike Murphy', 'Murphy'],
      ['and we have built ties that last.', 'Mike Murphy', 'Murphy'],
    ],
  ],
  ['“We will fight,” said Fallon.', [['We will fight,', '-', 'Fallon']]],
  ['“We will fight,” she continued.', [['We will fight,', '-', 'she']]],
  [
    '“We will fight,” said Trump. “Both arguments are important.”',
    [
      ['We will fight,', 'Donald Trump', 'Trump'],
      ['Both arguments are important.', 'Donald Trump', 'Trump'],
    ],
  ],
  [
    '“We will win,” Trump said.\n\n“Nobody can stop us.”',
    [
      ['We will win,', 'Donald Trump', 'Trump'],
      ['Nobody can stop us.', 'Donald Trump', 'Trump'],
    ],
  ],
  ['Trump continued:\n\n“We will win.”', [['We will win.', 'Donald Trump', 'Trump']]],
  ['Said Trump: “We will win.”', [['We will win.', 'Donald Trump', 'Trump']]],
  [
    '“Maybe we can build a wall around him.” ― Steve Quinlan',
    [['Maybe we can build a wall around him.', 'Steve Quinlan', 'Steve Quinlan']],
  ],
];

/** Cases that need POS tags (a verb inside a title, lowercase title nouns before a name). */
const TAGGED: [string, Row[]][] = [
  // the tagger reads the name "Lynch" as a verb; a name is never a verb break
  [
    '"I don’t think it’s going anywhere, and I take comfort in that," Lynch said.',
    [['I don’t think it’s going anywhere, and I take comfort in that,', 'Stephen Lynch', 'Lynch']],
  ],
  [
    'Trump campaign spokesman Jason Miller added, “The Clinton camp has it wrong.”',
    [['The Clinton camp has it wrong.', 'Jason Miller', 'Jason Miller']],
  ],
  [
    '“We will fight,” White House press secretary Josh Earnest said.',
    [['We will fight,', 'Josh Earnest', 'Josh Earnest']],
  ],
];

/** Quotes that must get no speaker, or not the one a careless reading would give. */
const MUST_NOT: [string, Row[]][] = [
  // a full stop closes the quote's sentence: the next sentence's subject did not say it
  ['“It was a good talk.” Putin said the talks would go on.', [['It was a good talk.', '-', '']]],
  // a subordinate clause after the quote is no attribution
  [
    'Trump warned of ‘severe consequences’ if the war continues.',
    [['severe consequences', 'Donald Trump', 'Trump']],
  ],
  [
    '“We will win this fight together,” the crowd chanted as officials said.',
    [['We will win this fight together,', '-', '']],
  ],
  // a paragraph of the writer's own text between two quotes stops the speaker carrying over
  [
    '“We will win,” Trump said.\n\nPutin arrived later.\n\n“Nobody can stop us.”',
    [
      ['We will win,', 'Donald Trump', 'Trump'],
      ['Nobody can stop us.', '-', ''],
    ],
  ],
  // a quote before any attributed one inherits nothing
  [
    '“Nobody can stop us.” “We will win,” Trump said.',
    [
      ['Nobody can stop us.', '-', ''],
      ['We will win,', 'Donald Trump', 'Trump'],
    ],
  ],
  // an aside that is not closed before the cue: the cue belongs to the aside's own subject
  ['“We will fight,” Murphy, after Putin said so.', []],
  // an ordinary sentence ending in a colon that names no one
  ['The results were clear:\n\n“We will win.”', [['We will win.', '-', '']]],
];

describe('speaker phrases around a quotation', () => {
  for (const tokens of [true, false]) {
    for (const [text, expected] of [...BOTH, ...MUST_NOT]) {
      it(`${tokens ? '' : '(no tokens) '}${text.replace(/\n/g, '¶')}`, () =>
        assert.deepEqual(direct(text, tokens), expected));
    }
  }
  for (const [text, expected] of TAGGED) {
    it(text, () => assert.deepEqual(direct(text), expected));
  }
});

describe('scare quotes never take a speaker from the quote before them', () => {
  it('keeps a title after an attributed quote speakerless', () => {
    const doc = attributeQuotes(
      makeDoc('“We will fight,” said Trump. The band played ‘Hey Jude’.', SPEC),
      ctx,
    );
    const scare = doc.quotes.find((q) => q.scare);
    assert.equal(scare?.text, 'Hey Jude');
    assert.equal(scare?.speaker, undefined);
    assert.equal(scare?.speakerSpan, undefined);
  });
});

describe('partial quotations keep their marked words as a direct quote', () => {
  const rules = (text: string): [string, string][] =>
    attributeQuotes(makeDoc(text, SPEC), ctx)
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => [q.text, q.rule]);
  it('labels a quote woven into the writer’s clause direct:partial', () => {
    assert.deepEqual(rules('Trump has called the summit a ‘feel-out meeting’ with Putin.'), [
      ['feel-out meeting', 'direct:partial'],
    ]);
  });
  it('does not label a quote introduced by a colon or comma partial', () => {
    assert.deepEqual(rules('Trump told CNN on Friday: “We will win this fight.”'), [
      ['We will win this fight.', 'direct:cue-before'],
    ]);
    assert.deepEqual(rules('Trump said on Friday, “We will win this fight.”'), [
      ['We will win this fight.', 'direct:cue-before'],
    ]);
  });
});

describe('a quotation is partial wherever its cue is, when the writer’s clause runs into or out of it', () => {
  const partial = (text: string): [string, boolean][] =>
    attributeQuotes(makeDoc(text, SPEC), ctx)
      .quotes.filter((q) => q.kind === 'direct' && !q.scare)
      .map((q) => [q.text, !!q.partial]);
  const cases: [string, [string, boolean][]][] = [
    // woven in with no cue at all
    [
      'The team avoided the ER in order to “keep the details of her treatment under wraps.”',
      [['keep the details of her treatment under wraps.', true]],
    ],
    // the writer's clause runs on after the closing mark
    [
      '“You squeezed employees to the breaking point” to drive up the stock price, Trump said.',
      [['You squeezed employees to the breaking point', true]],
    ],
    // woven in before a cue that follows
    ['Oz is “smart as hell and a good man,” Trump wrote.', [['smart as hell and a good man,', true]]],
    // must not: a cue verb right before the mark takes the whole quotation as its complement
    [
      'Trump declared “What a great night for our movement!”',
      [['What a great night for our movement!', false]],
    ],
    // must not: a whole quotation with its attribution after a comma
    ['“We will win this fight,” Trump said on Friday.', [['We will win this fight,', false]]],
    // must not: a comma before an attribution the tables do not know
    ['“That makes me smart,” the ad says.', [['That makes me smart,', false]]],
    // a lower-case quotation finishing the writer's sentence after a comma, with no cue before it
    [
      'Unless further rivals quit the race, “it is very difficult to see how he is stopped.”',
      [['it is very difficult to see how he is stopped.', true]],
    ],
    // … or once the cue's "that" clause has begun
    ['Trump said that if the talks fail, “we will walk away.”', [['we will walk away.', true]]],
    // must not: the speaker going on after the cue, however long the phrase about the saying
    ['Trump told reporters at the White House on Friday, “and we will win.”', [['and we will win.', false]]],
    // must not: an upper-case quotation after a comma is a sentence of its own
    ['Unless the rivals quit, “It is over.”', [['It is over.', false]]],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(partial(text), expected));
});

describe('quotations that are not speech', () => {
  const kinds = (text: string): [string, boolean][] =>
    attributeQuotes(makeDoc(text, SPEC), ctx).quotes.map((q) => [q.text, !!q.scare]);
  it('takes a transcript’s stage direction for no speech', () => {
    assert.deepEqual(kinds('Pence kept talking.\n\n"(CROSSTALK.)"\n\nHe went on.'), [['(CROSSTALK.)', true]]);
  });
  it('takes a cue-less title-case paragraph for a title', () => {
    assert.deepEqual(kinds('He is skeptical.\n\n‘Coal Isn’t the Villain’\n\nThe plan is new.'), [
      ['Coal Isn’t the Villain', true],
    ]);
  });
  it('takes a title after a cue for the work it names, not words said', () => {
    assert.deepEqual(kinds('Rubio wrote in his 2012 book, “An American Son”, that he was proud.'), [
      ['An American Son', true],
    ]);
    assert.deepEqual(kinds('“Thank You Very Much,” Trump said.'), [['Thank You Very Much,', false]]);
  });
  it('keeps a cue-less sentence that is not title case as a quotation', () => {
    assert.deepEqual(kinds('He is skeptical.\n\n“We need law and order in this country.”'), [
      ['We need law and order in this country.', false],
    ]);
  });
});

describe('transcript turns', () => {
  const turns = (text: string): [string, string, string][] => {
    const doc = attributeQuotes(
      makeDoc(text, {
        entities: { wallace: ['PERSON', 'Chris Wallace'], pence: ['PERSON', 'Mike Pence'] },
        mentions: [
          ['Chris Wallace', 'wallace'],
          ['Mike Pence', 'pence'],
        ],
      }),
      ctx,
    );
    const name = (id?: string): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
    return doc.quotes.map((q) => [q.text, q.speakerSpan?.text ?? '', name(q.speaker)]);
  };
  it('takes the label for the speaker and leaves it out of the words said', () => {
    const text =
      'Chris Wallace interviewed Mike Pence.\n\n"WALLACE: Will she be there on Monday night?"\n\n"PENCE: She will not be attending."';
    assert.deepEqual(turns(text), [
      ['Will she be there on Monday night?', 'WALLACE', 'Chris Wallace'],
      ['She will not be attending.', 'PENCE', 'Mike Pence'],
    ]);
  });
  it('keeps a label no one in the article answers to as a span without an entity', () => {
    assert.deepEqual(turns('Mike Pence spoke.\n\n"MODERATOR: Your time is up, governor."'), [
      ['Your time is up, governor.', 'MODERATOR', '-'],
    ]);
  });
});
