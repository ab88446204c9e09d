import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { firstLineHeadline, titleText } from '../../src/extract/headline.js';
import { prepareDoc } from '../../src/pipeline.js';
import { annotateLanguage } from '../../src/nlp/index.js';
import { normaliseTime } from '../../src/time/index.js';

const BODY =
  'Erica Garner, the daughter of Eric Garner, criticised Hillary Clinton in a radio interview on Tuesday.';

describe('headlines of plain-text articles', () => {
  it('takes a short first line set apart by a blank line, with or without a full stop', () => {
    assert.equal(
      firstLineHeadline(`Game over. Will the senator come down off the pique?\n\n${BODY}`)?.title,
      'Game over. Will the senator come down off the pique?',
      'a short line may hold two sentences',
    );
    assert.equal(
      firstLineHeadline(`Crucial decision on super-casinos\n\n${BODY}`)?.title,
      'Crucial decision on super-casinos',
    );
    assert.equal(
      firstLineHeadline(`Campaign to shift staff to Iowa.\n\n${BODY}`)?.title,
      'Campaign to shift staff to Iowa.',
    );
    assert.equal(titleText('Campaign to shift staff to Iowa.'), 'Campaign to shift staff to Iowa');
    assert.equal(titleText('Talks with the U.S.'), 'Talks with the U.S.');
  });

  it('does not take a lead paragraph, two sentences, or a line with no blank line after it', () => {
    const lead = `${BODY.slice(0, -1)} and said the campaign had ignored her family.`;
    assert.equal(firstLineHeadline(`${lead}\n\n${BODY}`), undefined, 'a 25-word sentence is a lead');
    assert.equal(
      firstLineHeadline(
        `Talks between the two parties failed on Monday. Both sides walked out of the hall.\n\n${BODY}`,
      ),
      undefined,
    );
    assert.equal(firstLineHeadline(`Crucial decision on super-casinos\n${BODY}`), undefined);
    assert.equal(firstLineHeadline('Only a line\n\n'), undefined);
  });

  it('gives meta.title, keeps the line in the text, and --no-title keeps it as body', () => {
    const content = `Daughter Of Eric Garner Blasts Clinton After Debate.\n\n${BODY}`;
    const doc = prepareDoc({ kind: 'text', content });
    assert.equal(doc.meta.title, 'Daughter Of Eric Garner Blasts Clinton After Debate');
    assert.equal(doc.text, content);
    assert.equal(prepareDoc({ kind: 'text', content, firstLineTitle: false }).meta.title, undefined);
    const given = prepareDoc({ kind: 'text', content, meta: { title: 'Given' } });
    assert.equal(given.meta.title, 'Given', 'a title given with the input wins');
  });

  it('reads the headline with headline casing: only names the body confirms', () => {
    const ctx = createContext();
    const content =
      'Daughter Of Eric Garner Blasts Clinton After Anthony Weiner Makes Apology On Hill Monday.\n\n' +
      `${BODY} Anthony Weiner apologised. USA TODAY reported it.`;
    const doc = normaliseTime(
      annotateLanguage(prepareDoc({ kind: 'text', content, meta: { published: '2016-09-08' } }), ctx),
      ctx,
    );
    const headline = doc.mentions.filter((m) => m.start < content.indexOf('\n')).map((m) => m.text);
    assert.deepEqual(headline, ['Eric Garner', 'Clinton', 'Anthony Weiner']);
    assert.deepEqual(
      doc.timexes.map((t) => t.text),
      ['Monday', 'on Tuesday'],
      '"USA TODAY" is a newspaper; the headline\'s "Monday" is a date',
    );
  });

  it('finds a feed or JSONL item title repeated as the first line of its text', () => {
    const doc = prepareDoc({
      kind: 'jsonl',
      content: `Clinton Visits Ohio\n${BODY}`,
      meta: { title: 'Clinton Visits Ohio' },
    });
    assert.equal(doc.meta.titleLine, 'Clinton Visits Ohio');
  });
});

describe('headlines with a deck', () => {
  it('takes "Headline; " followed by a deck line and a blank line', () => {
    const text = `Senator on defense as scrutiny heats up; \nCandidate's record questioned.\n\n${BODY}`;
    assert.equal(firstLineHeadline(text)?.title, 'Senator on defense as scrutiny heats up;');
    assert.equal(
      titleText('Senator on defense as scrutiny heats up;'),
      'Senator on defense as scrutiny heats up',
    );
    assert.equal(
      firstLineHeadline(`Senator on defense;\n${BODY}\n${BODY}`),
      undefined,
      'no blank line after',
    );
  });
});
