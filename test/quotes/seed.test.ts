/**
 * The seed article's quotations, on a hand-made Doc of its quoting sentences (see seed-doc.ts): all nine
 * direct quotes are Trump's, and the two unmarked attributions the brief names are found with their sources.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeQuotes } from '../../src/quotes/index.js';
import type { Doc, Quote } from '../../src/doc/types.js';
import { ctx } from './make-doc.js';
import { seedDoc } from './seed-doc.js';

const DIRECT_BY_TRUMP: [string, string][] = [
  ['feel-out meeting', 'Trump'],
  ['I am president, and he’s not going to mess around with me,', 'Trump'],
  [
    'If the meeting doesn’t go well, it will end quickly. But if it’s successful, we could achieve peace soon,',
    'Trump',
  ],
  ['allocate', 'Trump'],
  ['very severe consequences', 'Trump'],
  ['some swapping', 'President Trump'],
  ['some swapping of territories to the betterment of both', 'Trump'],
  [
    'We are looking to actually get some back and some swapping. It is complicated, actually nothing easy. We are going to get some back, some switched.',
    'he',
  ],
  ['severe consequences', 'the US president'],
];

for (const tokens of [true, false]) {
  describe(`seed quotes${tokens ? '' : ' (no tokens)'}`, () => {
    const doc: Doc = attributeQuotes(seedDoc({ tokens }), ctx);
    const trump = doc.entities.find((e) => e.name === 'Donald Trump')!.id;
    const direct = doc.quotes.filter((q) => q.kind === 'direct');
    const indirect = (prefix: string): Quote | undefined =>
      doc.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith(prefix));

    it('keeps every span on its own text', () => {
      for (const q of doc.quotes) {
        assert.equal(doc.text.slice(q.start, q.end), q.text);
        for (const s of [q.cue, q.speakerSpan]) if (s) assert.equal(doc.text.slice(s.start, s.end), s.text);
      }
    });

    it('finds exactly the nine direct quotes, none of them scare quotes', () => {
      assert.deepEqual(
        direct.map((q) => q.text),
        DIRECT_BY_TRUMP.map(([text]) => text),
      );
      assert.ok(direct.every((q) => !q.scare));
    });

    for (const [text, speakerSpan] of DIRECT_BY_TRUMP) {
      it(`gives ‘${text.slice(0, 40)}’ to Trump through "${speakerSpan}"`, () => {
        const q = direct.find((d) => d.text === text);
        assert.ok(q, text);
        assert.equal(q.speaker, trump);
        assert.equal(q.speakerSpan?.text, speakerSpan);
        assert.ok(q.cue, 'has a cue');
      });
    }

    it('names the cue of the quote-first and quote-last forms', () => {
      assert.equal(direct[1]!.cue?.text, 'told reporters');
      assert.equal(direct[2]!.cue?.text, 'said');
      assert.equal(direct[7]!.cue?.text, 'said');
    });

    it('attributes "The Kremlin said it expected …" to the Kremlin', () => {
      const q = indirect('it expected Putin and Trump to meet alone');
      assert.ok(q);
      assert.equal(q.speaker, doc.entities.find((e) => e.name === 'Kremlin')!.id);
      assert.equal(q.cue?.text, 'said');
      assert.ok(q.text.endsWith('working lunch with aides'));
    });

    it('attributes "Experts say …" to the experts, with no entity', () => {
      const q = indirect('recent satellite images show intense preparations');
      assert.ok(q);
      assert.equal(q.speaker, undefined);
      assert.equal(q.speakerSpan?.text, 'Experts');
      assert.equal(q.cue?.text, 'say');
    });

    it('finds the other reported clauses with their sources', () => {
      assert.equal(indirect('that any potential peace deal')?.speaker, trump);
      assert.equal(
        indirect('that any potential peace deal')?.text,
        'that any potential peace deal may involve territorial adjustments',
      );
      assert.equal(indirect('that the meeting could be concluded swiftly')?.speaker, trump);
      assert.equal(indirect('that such proposals')?.speakerSpan?.text, 'Ukrainian officials');
      assert.equal(indirect('that without coordinated Western pressure')?.speakerSpan?.text, 'many analysts');
      assert.ok(
        indirect('that a peace deal could involve')?.text.endsWith('betterment of both’'),
        'cut at ", though"',
      );
    });

    it('reports nothing for the passive "Russia is believed to …"', () => {
      const sentence = doc.sentences.find((s) => s.text.includes('Russia is believed'))!;
      assert.deepEqual(
        doc.quotes.filter((q) => q.start >= sentence.start && q.end <= sentence.end),
        [],
      );
    });
  });
}
