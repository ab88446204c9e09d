import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinMojibakeTokens } from '../../src/nlp/mojibake.js';
import type { Token } from '../../src/doc/types.js';
import { analyse, names } from './helpers.js';

/** Tokens split at every character class change, with no gaps, as the tokenizer cuts mis-decoded words. */
function pieces(text: string, parts: string[]): Token[] {
  let at = 0;
  return parts.map((p) => {
    const start = text.indexOf(p, at);
    at = start + p.length;
    return { start, end: at, text: p, pos: 'NNP', sentence: 0 };
  });
}

describe('mojibake: one word per mis-decoded name', () => {
  it('joins the pieces of a UTF-8 name read as Latin-1', () => {
    const text = 'FranÃ§ois Delattre';
    const joined = joinMojibakeTokens(text, pieces(text, ['FranÃ', '§', 'ois', 'Delattre']));
    assert.deepEqual(
      joined.map((t) => t.text),
      ['FranÃ§ois', 'Delattre'],
    );
  });

  it('joins two mis-decoded letters in one word', () => {
    const text = 'SÃ©golÃ¨ne Royal';
    const joined = joinMojibakeTokens(text, pieces(text, ['SÃ', '©', 'golÃ', '¨', 'ne', 'Royal']));
    assert.deepEqual(
      joined.map((t) => t.text),
      ['SÃ©golÃ¨ne', 'Royal'],
    );
  });

  it('must not join ordinary punctuation or a word after a space', () => {
    const text = 'Ã§ a (Ã) "Paris"';
    const tokens = pieces(text, ['Ã§', 'a', '(', 'Ã', ')', '"', 'Paris', '"']);
    assert.equal(joinMojibakeTokens(text, tokens).length, tokens.length);
  });

  it('gives the whole name to the recognizer in a sentence', () => {
    const doc = analyse('The mayor, TomÃ¡s Regalado, said on Monday that the plan would fail.');
    assert.ok(names(doc).includes('TomÃ¡s Regalado/PERSON'), names(doc).join(', '));
  });

  it('joins a mis-decoded name whose lead letter is decomposed (A + U+0303)', () => {
    const name = 'FranA\u0303\u00a7ois Hollande';
    const doc = analyse(`French President ${name} told reporters on Friday that the talks would go on.`);
    const found = names(doc);
    assert.ok(found.includes(`${name}/PERSON`), found.join(', '));
    assert.ok(!found.some((n) => n.startsWith('FranA\u0303/')), found.join(', '));
  });

  it('joins a name decoded twice (lead, C1 control, lead, continuation per letter)', () => {
    const name = 'JuliA\u0303\u0083A\u0302\u00a1n Castro';
    const doc = analyse(`Former housing secretary ${name} said on Friday that he would campaign in Texas.`);
    const found = names(doc);
    assert.ok(found.includes(`${name}/PERSON`), found.join(', '));
  });
});
