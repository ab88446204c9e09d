import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detokenize } from '../../bench/lib/detokenize.js';

const CASES: [string, string][] = [
  ['Tara Reid checked in , her rep told People .', 'Tara Reid checked in, her rep told People.'],
  ["`` We appreciate it , '' the actress 's rep said .", '"We appreciate it," the actress\'s rep said.'],
  ["He did n't go ( yet ) .", "He didn't go (yet)."],
  ['Prices rose 5 % on Monday !\nNext line ?', 'Prices rose 5% on Monday!\nNext line?'],
];

describe('detokenize', () => {
  for (const [input, expected] of CASES) it(input, () => assert.equal(detokenize(input), expected));
  it('leaves ordinary text alone', () => {
    const text = 'Lindsay Lohan checks into Betty Ford Center.';
    assert.equal(detokenize(text), text);
  });
});
