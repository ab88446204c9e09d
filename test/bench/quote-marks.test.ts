import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDirectFragment, trimForComparison } from '../../bench/lib/quote-marks.js';

/** The fragment is the part of `text` between ⟦ and ⟧. */
function direct(marked: string): boolean {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  return isDirectFragment(marked.replace('⟦', '').replace('⟧', ''), { start, end });
}

describe('which gold Content fragments are direct quotes', () => {
  const directCases = [
    '⟦“We will win,”⟧ he said.',
    '“⟦We will win⟧,” he said.',
    'He said: “⟦We will win.⟧”',
    'He said "⟦we will win⟧" on Monday.',
    '⟦"Subpoenas are not optional,"⟧ Chaffetz said.',
    '⟦“He told me ‘no’ twice,”⟧ she said.',
    '⟦"The question: “Do you?” Forty-three, yes."⟧',
    'He called it a ‘⟦feel-out meeting⟧’.',
    '"WALLACE: ⟦If I may, sir, will she be there?⟧"',
    '“⟦We will win.⟧\n\n“And we will keep winning.”',
    '"WALLACE: ⟦Governor, I want to try to get —.⟧\n\n"PENCE: And that is why."',
  ];
  for (const text of directCases) it(`direct: ${text}`, () => assert.equal(direct(text), true));

  const notDirect = [
    'The Post reports ⟦that her team avoided the ER to “keep details under wraps.”⟧',
    '⟦“A,” he said, “B.”⟧',
    'Sanders told MSNBC\'s "Morning Joe" ⟦that nobody would question her intelligence.⟧\n\n"I think so."',
    'Officials said ⟦the summit would go ahead⟧.',
    '⟦We will win⟧ he said.',
    '“Yes.” ⟦Then he left⟧ “No.”',
    'WALLACE: ⟦If I may, sir.⟧ "Yes."',
    '"Yes," said WALLACE: ⟦If I may.⟧',
    '“⟦We will win.⟧\n\nHe left.',
    'He said “⟦we will win.⟧\n\n“And we will keep winning.”',
  ];
  for (const text of notDirect) it(`not direct: ${text}`, () => assert.equal(direct(text), false));
});

describe('comparison trimming', () => {
  it('drops quote marks, punctuation and white space at both ends only', () => {
    const text = ' “We won’t, can’t lose,” ';
    const span = trimForComparison(text, { start: 0, end: text.length });
    assert.equal(text.slice(span.start, span.end), 'We won’t, can’t lose');
  });
});
