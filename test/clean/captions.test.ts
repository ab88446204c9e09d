import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY, cleanRaw } from './helpers.js';

const [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9] = BODY;
/** The same paragraphs with blank lines between all of them (BBC-style plain text). */
const spaced = (...lines: string[]): string => lines.join('\n\n');
/** A photo description and its agency credit set apart as one block between body paragraphs. */
const creditedBlock = [
  b0,
  b1,
  '',
  'Workers install solar panels on a roof in Madrid',
  'Pierre-Philippe Marcou/AFP',
  '',
  b2,
  b3,
  b4,
].join('\n');

interface Case {
  name: string;
  raw: string;
  caption: string;
  rule: RegExp;
  /** The start of the body paragraph it paraphrases, when it paraphrases one. */
  duplicateOf?: string;
}

const CAPTIONS: readonly Case[] = [
  {
    name: 'a short line between blank lines paraphrasing a body paragraph',
    raw: [
      b0,
      b1,
      b2,
      '',
      'The finance minister defended the targeted energy package in parliament',
      '',
      b4,
      b5,
      b6,
      b3,
    ].join('\n'),
    caption: 'The finance minister defended the targeted energy package in parliament',
    rule: /^caption:paraphrase-set-apart$/,
    duplicateOf: 'The finance minister defended',
  },
  {
    name: '"Pictured:" between blank lines',
    raw: [b0, b1, '', 'Pictured: protesters outside the parliament building', '', b2, b3, b4, b5].join('\n'),
    caption: 'Pictured: protesters outside the parliament building',
    rule: /^caption:pictured$/,
  },
  {
    name: 'a credit in parentheses',
    raw: [b0, b1, '', 'Gas storage tanks near the port of Rotterdam (Photo: Reuters)', '', b2, b3, b4].join(
      '\n',
    ),
    caption: 'Gas storage tanks near the port of Rotterdam (Photo: Reuters)',
    rule: /^caption:photo-parenthesis$/,
  },
  {
    name: 'a two-line caption block with an agency credit',
    raw: creditedBlock,
    caption: 'Pierre-Philippe Marcou/AFP',
    rule: /^caption:agency-credit$/,
  },
  {
    name: 'the description line of that block with it',
    raw: creditedBlock,
    caption: 'Workers install solar panels on a roof in Madrid',
    rule: /^caption:same-block$/,
  },
  {
    name: 'an unterminated line opening a block (the blank line after it lost)',
    raw: [
      b0,
      b1,
      b2,
      '',
      'Economists were divided over whether the energy measures would slow inflation',
      b5,
      b4,
      b7,
    ].join('\n'),
    caption: 'Economists were divided over whether the energy measures would slow inflation',
    rule: /^caption:paraphrase-lead-in$/,
    duplicateOf: 'Economists were divided',
  },
  {
    name: 'in blank-separated text, an unterminated line paraphrasing the body',
    raw: spaced(
      b0,
      b1,
      'Opposition leaders criticised the energy proposal for low-income households',
      b2,
      b3,
      b4,
    ),
    caption: 'Opposition leaders criticised the energy proposal for low-income households',
    rule: /^caption:paraphrase-unterminated$/,
    duplicateOf: 'Opposition leaders criticised',
  },
];

const KEPT: readonly { name: string; raw: string }[] = [
  {
    name: 'a short terminated paragraph between blank lines that shares little with the body',
    raw: [
      b0,
      b1,
      '',
      'Separately, the central bank kept interest rates unchanged at 4.5 percent.',
      '',
      b2,
      b3,
    ].join('\n'),
  },
  {
    name: 'a short terminated paragraph in blank-separated text, even if it echoes the body',
    raw: spaced(b0, b1, 'The finance minister defended the package again on Wednesday.', b3, b4, b5),
  },
  { name: 'a subheading (too few words to be a caption)', raw: spaced(b0, b1, 'Rising prices', b2, b3) },
  {
    name: 'the headline on the first line, though it paraphrases the body',
    raw: spaced('Government announces new measures to curb energy prices', b0, b1, b2),
  },
  {
    name: 'a caption cue inside an ordinary paragraph',
    raw: [
      b0,
      b1,
      'The minister was seen leaving the building shortly after the vote on Tuesday evening.',
      b2,
    ].join('\n'),
  },
  {
    name: 'a bullet point in blank-separated text',
    raw: spaced(
      b0,
      b1,
      '- Opposition leaders criticised the energy proposal for low-income households',
      b2,
      b3,
    ),
  },
  {
    name: 'a sentence broken across lines by the scraper',
    raw: spaced(
      b0,
      b1,
      'Opposition leaders criticised the energy proposal for low-income households as',
      'cynical and late, a spokesman added.',
      b2,
    ),
  },
  {
    name: 'a run of unterminated lines (a list of fixtures)',
    raw: spaced(
      b0,
      'Newcastle v Tottenham or Nottingham Forest',
      'Bolton v Arsenal or Sheffield United',
      'Arsenal v Tottenham or Newcastle United',
      b1,
    ),
  },
  {
    name: 'a long unterminated paragraph opening a block (a body paragraph that lost its full stop)',
    raw: [b0, b1, '', `${b2} ${b3} ${b4.replace(/\.$/, '')}`, b8, b9].join('\n'),
  },
];

describe('clean: captions', () => {
  for (const c of CAPTIONS) {
    it(`removes ${c.name}`, () => {
      const doc = cleanRaw(c.raw);
      const removal = doc.removed.find((r) => r.text.trim() === c.caption);
      assert.ok(removal, `not removed; removed: ${JSON.stringify(doc.removed.map((r) => r.text))}`);
      assert.equal(removal.reason, 'caption');
      assert.match(removal.rule, c.rule);
      if (c.duplicateOf) assert.ok(doc.raw.slice(removal.duplicateOf!.start).startsWith(c.duplicateOf));
      assert.ok(!doc.text.includes(c.caption));
      assert.ok(!/\n\n\n/.test(doc.text), 'no blank lines pile up');
    });
  }
  for (const c of KEPT) {
    it(`keeps ${c.name}`, () => {
      const doc = cleanRaw(c.raw);
      assert.deepEqual(
        doc.removed.map((r) => r.text),
        [],
      );
      assert.equal(doc.text, doc.raw);
    });
  }
  it('names a caption that repeats an earlier paragraph a repeat', () => {
    const doc = cleanRaw(
      [
        b0,
        b1,
        b2,
        '',
        'Officials said the plan would cost about 2 billion dollars over three years',
        '',
        b3,
        b4,
      ].join('\n'),
    );
    assert.deepEqual(
      doc.removed.map((r) => [r.reason, r.rule]),
      [['repeat', 'repeat:near']],
    );
    assert.equal(doc.raw.slice(doc.removed[0]!.duplicateOf!.start, doc.removed[0]!.duplicateOf!.end), b1);
  });
});
