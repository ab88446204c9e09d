import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from './helpers.js';

describe('segment: sentences and tokens', () => {
  const cases = [
    'Plain sentence. Another one!',
    'Headline Without A Full Stop\nBody text follows here. And more.',
    'Emoji 🙂 and accents: café, Zürich — “quoted” text… done.',
    'Tabs\tand  double  spaces,\u00a0non-breaking too.\r\nWindows line.',
    "Contractions don't break offsets, can't they? Putin’s aide.",
  ];
  for (const text of cases) {
    it(`keeps every span on its own text: ${JSON.stringify(text.slice(0, 30))}`, () => {
      const doc = analyse(text);
      for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
      for (const s of doc.sentences) assert.equal(text.slice(s.start, s.end), s.text);
      doc.sentences.forEach((s, i) => assert.equal(s.index, i));
      for (const t of doc.tokens) assert.ok(doc.sentences[t.sentence]!.start <= t.start);
    });
  }

  it('ends a sentence at every line break', () => {
    const doc = analyse('Putin Heads To Alaska\nThe summit begins on Friday\nNothing else');
    assert.deepEqual(
      doc.sentences.map((s) => s.text),
      ['Putin Heads To Alaska', 'The summit begins on Friday', 'Nothing else'],
    );
    for (const s of doc.sentences) assert.ok(!s.text.includes('\n'));
  });

  it('gives no whitespace tokens and gives empty layers for empty text', () => {
    assert.ok(analyse('a\n\nb').tokens.every((t) => t.text.trim() !== ''));
    const empty = analyse('  \n ');
    assert.deepEqual([empty.sentences, empty.tokens, empty.mentions, empty.entities], [[], [], [], []]);
  });
});
