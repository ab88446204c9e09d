import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDirectSpans } from '../../src/quotes/pair-marks.js';
import type { Diagnostic } from '../../src/doc/types.js';

const quoted = (text: string): string[] => {
  const diagnostics: Diagnostic[] = [];
  return findDirectSpans(text, diagnostics).map((q) => text.slice(q.start, q.end));
};

describe('quotation marks', () => {
  const cases: [string, string[]][] = [
    ['He said “we will win” on Monday.', ['we will win']],
    ['He said "we will win" on Monday.', ['we will win']],
    ["He called it a 'disaster' twice.", ['disaster']],
    ['He called the summit a ‘feel-out meeting’ to test Putin.', ['feel-out meeting']],
    [
      '‘I am president, and he’s not going to mess around with me,’ Trump said.',
      ['I am president, and he’s not going to mess around with me,'],
    ],
    [
      '“It will end quickly. But if it’s successful, we could achieve peace,” said Trump.',
      ['It will end quickly. But if it’s successful, we could achieve peace,'],
    ],
    ['“He told me ‘no’ twice,” she said.', ['He told me ‘no’ twice,', 'no']],
    [
      'He hinted at ‘some swapping of territories to the betterment of both’, though.',
      ['some swapping of territories to the betterment of both'],
    ],
    ['They want ‘the leaders’ summit’ soon.', ['the leaders’ summit']],
    ['A ‘deal’ and the allies’ doubts.', ['deal']],
    [
      '“First paragraph of a quote.\n“Second paragraph, closed.” He said.',
      ['First paragraph of a quote.', 'Second paragraph, closed.'],
    ],
    // a double mark typed as two apostrophes, with a single-quoted quotation inside
    ["Mr. King said, ''We are done.'' He left.", ['We are done.']],
    [
      "''I said, 'There should be no daylight,''' he recalled.",
      ["I said, 'There should be no daylight,'", 'There should be no daylight,'],
    ],
    ["It was a ''feel-out meeting,'' he said.", ['feel-out meeting,']],
  ];
  for (const [text, expected] of cases)
    it(`finds ${JSON.stringify(expected)}`, () => assert.deepEqual(quoted(text), expected));

  const noQuotes = [
    'Trump’s team doesn’t think Putin’s offer is serious.',
    "He grew up in the '90s and loved rock 'n' roll.",
    'He grew up in the ’90s and loved rock ’n’ roll.',
    'The Joneses’ house and the allies’ doubts.',
    "It's the players' choice, isn't it?",
    'The board measured 12" by 4 feet.',
  ];
  for (const text of noQuotes)
    it(`finds no quote in ${JSON.stringify(text)}`, () => assert.deepEqual(quoted(text), []));

  it('marks a continued quotation on both paragraphs', () => {
    const text = '‘We are ready,’ he said. ‘We will go.\n‘And we will win.’';
    const spans = findDirectSpans(text, []);
    assert.deepEqual(
      spans.map((s) => [text.slice(s.start, s.end), s.continues, s.continuation]),
      [
        ['We are ready,', false, false],
        ['We will go.', true, false],
        ['And we will win.', false, true],
      ],
    );
  });

  it('drops a single mark never closed, with a diagnostic', () => {
    const diagnostics: Diagnostic[] = [];
    assert.deepEqual(findDirectSpans('He said ‘maybe and left.\nNext line.', diagnostics), []);
    assert.equal(diagnostics.length, 1);
  });
});
