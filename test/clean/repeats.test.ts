import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY, cleanRaw } from './helpers.js';

const [b0, b1, b2, b3, b4, b5, b6, b7] = BODY;

interface Case {
  name: string;
  lines: string[];
  /** The removed repeat, its rule, and the raw text `duplicateOf` must cover. */
  repeat: string;
  rule: string;
  original: string;
}

const REPEATS: readonly Case[] = [
  {
    name: 'an exact repeat of an earlier paragraph',
    lines: [b0, b1, b2, b3, b1, b4, b5],
    repeat: b1,
    rule: 'repeat:exact',
    original: b1,
  },
  {
    name: 'a repeat differing in case, quotes and punctuation',
    lines: [
      b0,
      'The minister’s plan “will work,” she said.',
      b2,
      b3,
      'the minister\'s plan "will work" she said',
      b4,
    ],
    repeat: 'the minister\'s plan "will work" she said',
    rule: 'repeat:exact',
    original: 'The minister’s plan “will work,” she said.',
  },
  {
    name: 'a near repeat with one word inserted and the tail cut',
    lines: [b0, b1, b2, b3, 'The finance minister strongly defended the package in parliament', b4, b5],
    repeat: 'The finance minister strongly defended the package in parliament',
    rule: 'repeat:near',
    original: b3,
  },
  {
    name: 'a paragraph repeating one sentence of an earlier paragraph',
    lines: [b0, `${b1} ${b2}`, b3, b4, b2, b5],
    repeat: b2,
    rule: 'repeat:exact',
    original: b2,
  },
  {
    name: 'a near repeat of one sentence of an earlier paragraph (points at that sentence)',
    lines: [
      b0,
      `${b1} ${b2}`,
      b3,
      b4,
      'Opposition leaders criticised the proposal, arguing that it did little for poor households',
      b5,
    ],
    repeat: 'Opposition leaders criticised the proposal, arguing that it did little for poor households',
    rule: 'repeat:near',
    original: b2,
  },
  {
    name: 'an exact repeated sentence inside an otherwise new paragraph',
    lines: [b0, b1, b2, b3, `${b4} ${b1}`, b5, b6],
    repeat: b1,
    rule: 'repeat:exact-sentence',
    original: b1,
  },
];

const KEPT: readonly { name: string; lines: string[] }[] = [
  {
    name: 'a paragraph that reuses phrases but adds new content',
    lines: [
      b0,
      'The meeting comes as Putin is preparing to test nuclear-powered cruise missiles. Experts say satellite images show preparations.',
      b1,
      'It comes as Putin is gearing up to test its nuclear-powered, nuclear-armed cruise missile after the US president warned him of severe consequences.',
      b2,
    ],
  },
  {
    name: 'a later paragraph that contains an earlier short one and says more',
    lines: [
      b0,
      'Prices rose sharply in March.',
      b1,
      'Prices rose sharply in March, but fell again in April after the government intervened.',
      b2,
    ],
  },
  { name: 'short repeated lines ("He said no.")', lines: [b0, 'No.', b1, 'No.', b2, b3] },
  {
    name: 'a line that follows the same template with a different ending',
    lines: [
      b0,
      'Increases or decreases the amount of error applied to a team’s shooting in every match.',
      b1,
      'Increases or decreases the amount of error applied to a team’s first touch control in every match.',
      b2,
    ],
  },
  {
    name: 'a line that changes only a place name',
    lines: [
      b0,
      'Police arrested two men in London on Saturday night.',
      b1,
      'Police arrested two men in Leeds on Saturday night.',
      b2,
    ],
  },
  {
    name: 'list lines that recombine the same names',
    lines: [
      b0,
      'France v Switzerland; Israel v Republic of Ireland.',
      'Israel v France; Republic of Ireland v Switzerland.',
      b1,
    ],
  },
  {
    name: 'bullet points that share a template',
    lines: [
      b0,
      '- Jane Doe, Empire: Film - The Aviator; director - Clint Eastwood; actor - Jamie Foxx',
      '- John Roe, Heat: Film - The Aviator; director - Clint Eastwood; actor - Jamie Foxx',
      b1,
    ],
  },
  { name: 'ordinary distinct paragraphs', lines: [b0, b1, b2, b3, b4, b5, b6, b7] },
];

describe('clean: repeats', () => {
  for (const c of REPEATS) {
    it(`removes ${c.name}`, () => {
      const doc = cleanRaw(c.lines.join('\n'));
      const repeats = doc.removed.filter((r) => r.reason === 'repeat');
      assert.equal(repeats.length, 1, JSON.stringify(doc.removed));
      const r = repeats[0]!;
      assert.equal(r.text.trim(), c.repeat);
      assert.equal(r.rule, c.rule);
      assert.equal(doc.raw.slice(r.duplicateOf!.start, r.duplicateOf!.end), c.original);
      assert.ok(r.duplicateOf!.end <= r.start, 'duplicateOf points earlier');
      assert.ok(doc.text.includes(c.original), 'the first occurrence is kept');
    });
  }
  for (const c of KEPT) {
    it(`keeps ${c.name}`, () => {
      const doc = cleanRaw(c.lines.join('\n'));
      assert.deepEqual(
        doc.removed.map((r) => r.text),
        [],
      );
    });
  }
  it('removes a repeated sentence with the space between it and its neighbour', () => {
    const doc = cleanRaw([b0, b1, b2, b3, `${b1} ${b4}`, b5].join('\n'));
    assert.equal(doc.removed[0]!.text, `${b1} `);
    assert.ok(doc.text.includes(`\n${b4}\n`));
  });
});
