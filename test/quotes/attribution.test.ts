import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeQuotes } from '../../src/quotes/index.js';
import type { Quote } from '../../src/doc/types.js';
import { ctx, makeDoc, type DocSpec } from './make-doc.js';

const PEOPLE: DocSpec = {
  entities: {
    trump: ['PERSON', 'Donald Trump'],
    putin: ['PERSON', 'Vladimir Putin'],
    kremlin: ['ORG', 'Kremlin'],
    russia: ['GPE', 'Russia'],
  },
  mentions: [
    ['Donald Trump', 'trump'],
    ['Trump', 'trump'],
    ['the US president', 'trump', { rule: 'alias:role' }],
    ['Putin', 'putin'],
    ['Kremlin', 'kremlin'],
    ['Russia', 'russia'],
  ],
};

/** [kind, quoted text, speaker's name or '-' for none, speaker span or '', scare] */
type Row = [Quote['kind'], string, string, string?, boolean?];

function quotes(text: string, spec: DocSpec = PEOPLE, tokens = true): Row[] {
  const doc = attributeQuotes(makeDoc(text, { ...spec, tokens }), ctx);
  for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  const name = (id?: string): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
  return doc.quotes.map((q) => [q.kind, q.text, name(q.speaker), q.speakerSpan?.text ?? '', !!q.scare]);
}

const cases: [string, Row[]][] = [
  ['‘We will win,’ Trump told reporters.', [['direct', 'We will win,', 'Donald Trump', 'Trump', false]]],
  ['“We will win,” said Trump.', [['direct', 'We will win,', 'Donald Trump', 'Trump', false]]],
  [
    '"We will win," said former president Donald Trump on Monday.',
    [['direct', 'We will win,', 'Donald Trump', 'Donald Trump', false]],
  ],
  ['Trump said: “We will win.”', [['direct', 'We will win.', 'Donald Trump', 'Trump', false]]],
  [
    'Trump has called the summit a ‘feel-out meeting’ to test Putin.',
    [['direct', 'feel-out meeting', 'Donald Trump', 'Trump', false]],
  ],
  [
    'Trump met Putin and warned of ‘very severe consequences’ if he refused.',
    [['direct', 'very severe consequences', 'Donald Trump', 'Trump', false]],
  ],
  [
    'Putin is preparing a test after the US president warned him of ‘severe consequences’.',
    [['direct', 'severe consequences', 'Donald Trump', 'the US president', false]],
  ],
  [
    // The nlp stage leaves titles out of names: the subject's noun phrase still starts at "President".
    'President Trump has indicated that a deal may involve adjustments, suggesting ‘some swapping’ of land.',
    [
      ['indirect', 'that a deal may involve adjustments', 'Donald Trump', 'Trump', false],
      ['direct', 'some swapping', 'Donald Trump', 'Trump', false],
    ],
  ],
  ['“It was a good talk,” officials said.', [['direct', 'It was a good talk,', '-', 'officials', false]]],
  [
    'The Kremlin said it expected Putin and Trump to meet alone.',
    [['indirect', 'it expected Putin and Trump to meet alone', 'Kremlin', 'Kremlin', false]],
  ],
  [
    'However, many analysts warn that the outcome remains uncertain.',
    [['indirect', 'that the outcome remains uncertain', '-', 'many analysts', false]],
  ],
  [
    'Trump has indicated that a deal may involve land, suggesting ‘some swapping’ of territories.',
    [
      ['indirect', 'that a deal may involve land', 'Donald Trump', 'Trump', false],
      ['direct', 'some swapping', 'Donald Trump', 'Trump', false],
    ],
  ],
  [
    'According to the Kremlin, the talks will last two hours.',
    [['indirect', 'the talks will last two hours', 'Kremlin', 'the Kremlin', false]],
  ],
  [
    'The talks will last two hours, according to Putin.',
    [['indirect', 'The talks will last two hours', 'Vladimir Putin', 'Putin', false]],
  ],
  [
    'Trump told Putin that the war must end.',
    [['indirect', 'that the war must end', 'Donald Trump', 'Trump', false]],
  ],
];

describe('attribution', () => {
  for (const tokens of [true, false]) {
    for (const [text, expected] of cases) {
      it(`${tokens ? '' : '(no tokens) '}${text}`, () =>
        assert.deepEqual(quotes(text, PEOPLE, tokens), expected));
    }
  }
});

describe('what must not be attributed', () => {
  it('does not take apostrophes for quotes', () => {
    assert.deepEqual(quotes('Trump’s aides say Putin’s offer doesn’t matter in the ’90s sense.'), [
      ['indirect', 'Putin’s offer doesn’t matter in the ’90s sense', '-', 'Trump’s aides', false],
    ]);
  });

  it('keeps a song title without a cue as a scare quote, with no speaker', () => {
    assert.deepEqual(quotes('The band played ‘Hey Jude’ as Putin arrived.'), [
      ['direct', 'Hey Jude', '-', '', true],
    ]);
  });

  it('gives no speaker to a quote whose pronoun could be either of two people', () => {
    assert.deepEqual(quotes('Trump met Putin in Alaska. “It was a great meeting,” he said.'), [
      ['direct', 'It was a great meeting,', '-', 'he', false],
    ]);
  });

  it('gives no speaker when two people speak together', () => {
    assert.deepEqual(quotes('Trump and Putin said the talks were ‘productive’.'), [
      ['indirect', 'the talks were ‘productive’', '-', 'Trump and Putin', false],
      ['direct', 'productive', '-', 'Trump and Putin', false],
    ]);
  });

  it('gives no speaker to a long quote with no cue', () => {
    assert.deepEqual(quotes('Trump met Putin. “We are looking to get some land back.”'), [
      ['direct', 'We are looking to get some land back.', '-', '', false],
    ]);
  });

  it('names no speaker for a passive cue', () => {
    assert.deepEqual(quotes('Russia is believed to present sweeping demands.'), []);
  });

  it('does not read an object or a preposition after a cue as a clause', () => {
    assert.deepEqual(quotes('Trump told reporters at the White House about the plan.'), []);
    assert.deepEqual(quotes('Trump warned him of the risks.'), []);
  });

  it('does not let a word inside a quote speak', () => {
    assert.deepEqual(quotes('“Putin said he would come,” Trump told reporters.'), [
      ['direct', 'Putin said he would come,', 'Donald Trump', 'Trump', false],
    ]);
  });
});

describe('speakers through coreference and paragraphs', () => {
  it('takes the entity of a resolved pronoun', () => {
    const spec: DocSpec = {
      ...PEOPLE,
      mentions: [...PEOPLE.mentions!, ['he', 'trump', { rule: 'coref:pronoun' }]],
    };
    assert.deepEqual(
      quotes('Last Friday, he said: ‘We are looking to get some back. It is complicated.’', spec),
      [['direct', 'We are looking to get some back. It is complicated.', 'Donald Trump', 'he', false]],
    );
  });

  it('carries the speaker into the next paragraph of a running quote', () => {
    const rows = quotes('Trump said: “We will get some back.\n“Some will be switched.”');
    assert.deepEqual(rows, [
      ['direct', 'We will get some back.', 'Donald Trump', 'Trump', false],
      ['direct', 'Some will be switched.', 'Donald Trump', 'Trump', false],
    ]);
  });
});
