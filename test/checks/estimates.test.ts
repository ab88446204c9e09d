import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEstimates } from '../../src/checks/estimates.js';
import { makeDoc } from '../events/make-doc.js';
import { WORLD } from '../events/world.js';

const ENTITIES = { ...WORLD, imf: { type: 'ORG' as const, names: ['IMF'] } };
const find = (text: string) => findEstimates(makeDoc({ text, entities: ENTITIES }));

type Expected = { value: number; unit: string; who: string | null; about?: string };
const FIRE: [string, Expected][] = [
  [
    '“It will end quickly,” said Trump, estimating the summit has a 25% chance of flopping.',
    { value: 0.25, unit: 'probability', who: 'trump', about: 'the summit flopping' },
  ],
  [
    'There is a one in three chance of a recession next year, the IMF said.',
    { value: 0.3333, unit: 'probability', who: 'imf', about: 'a recession next year' },
  ],
  ['About 40 per cent of the budget goes to defence.', { value: 40, unit: 'percent', who: null }],
  [
    'An estimated 10,000 troops are massed on the border, Zelensky said.',
    { value: 10000, unit: 'troops', who: 'zelensky' },
  ],
  [
    'A deal is likely before the end of the year, Macron said.',
    { value: 0.7, unit: 'probability', who: 'macron', about: 'likely' },
  ],
];
const QUIET = [
  'Trump imposed a 25% tariff on steel.',
  '25% of voters back him.',
  'Inflation rose 3% in July.',
  'The talks begin at about 11:30 am.',
  'The meeting lasted about 24 hours.',
];

describe('estimates', () => {
  for (const [text, expected] of FIRE) {
    it(`fires: ${text.slice(0, 50)}`, () => {
      const f = find(text);
      assert.equal(f.length, 1, JSON.stringify(f));
      const data = f[0]!.data ?? {};
      assert.equal(f[0]!.kind, 'estimate');
      assert.equal(data['value'], expected.value);
      assert.equal(data['unit'], expected.unit);
      assert.equal(data['who'], expected.who);
      if (expected.about) assert.equal(data['about'], expected.about);
      assert.equal(text.slice(f[0]!.spans[0]!.start, f[0]!.spans[0]!.end), f[0]!.spans[0]!.text);
    });
  }
  for (const text of QUIET) it(`quiet: ${text}`, () => assert.deepEqual(find(text), []));
});
