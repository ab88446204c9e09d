/**
 * How the trained model's names and the rules' names are reconciled (arbitrate, adoptRuleFacts), and the
 * word view the model reads. Candidates are made by hand so each precedence rule is tested on its own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Token } from '../../src/doc/types.js';
import { modelWords } from '../../src/nlp/ner/model-words.js';
import { createContext } from '../../src/context.js';
import { segment } from '../../src/nlp/segment.js';
import { adoptRuleFacts } from '../../src/nlp/ner/refiners/adopt-rule-facts.js';
import { arbitrate } from '../../src/nlp/ner/refiners/arbitrate.js';
import type { NameCandidate, RecognizerInput } from '../../src/nlp/ner/types.js';

/** Tokens of a text split on spaces (one sentence), enough for the refiners, which read only offsets. */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], pos: 'X', sentence: 0 });
  return out;
}

const TEXT = 'Jets left Elmendorf Air Force Base for Manchester City and met President Trump today';
const tokens = tokensOf(TEXT);
const input = { text: TEXT, tokens } as unknown as RecognizerInput;

function cand(first: number, end: number, fields: Partial<NameCandidate>): NameCandidate {
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  return {
    start,
    end: stop,
    text: TEXT.slice(start, stop),
    sentence: 0,
    tokenStart: first,
    tokenEnd: end,
    rule: 'ner:model',
    ...fields,
  };
}

const kept = (cs: NameCandidate[]): string[] => arbitrate(cs, input).map((c) => `${c.text}|${c.rule}`);

describe('arbitrate: one name per token, by precedence', () => {
  it('lets a name ending in a sure cue beat the model, whatever extent the model chose', () => {
    const model = cand(2, 3, { modelType: 'LOC' }); // "Elmendorf"
    const rule = cand(2, 6, { rule: 'ner:caps/cue-last-sure', label: 'FAC' });
    assert.deepEqual(kept([model, rule]), ['Elmendorf Air Force Base|ner:caps/cue-last-sure']);
  });

  it('keeps the model where a weak last-word cue names exactly its extent', () => {
    const model = cand(7, 9, { modelType: 'ORG' }); // "Manchester City" the club
    const rule = cand(7, 9, { rule: 'ner:caps/cue-last', label: 'GPE' });
    assert.deepEqual(kept([rule, model]), ['Manchester City|ner:model']);
  });

  it('lets a weak place cue win where the model cut the name otherwise', () => {
    const model = cand(7, 8, { modelType: 'LOC' }); // "Manchester"
    const rule = cand(7, 9, { rule: 'ner:caps/cue-last', label: 'GPE' });
    assert.deepEqual(kept([model, rule]), ['Manchester City|ner:caps/cue-last']);
  });

  it('prefers a person introduced by a capitalised title, and a designation over everything', () => {
    const model = cand(11, 13, { modelType: 'PER' }); // "President Trump"
    const titled = cand(12, 13, { rule: 'ner:caps/title', label: 'PERSON' });
    const designation = cand(3, 5, { rule: 'ner:designation/named', label: 'WEAPON', strong: true });
    const sure = cand(2, 6, { rule: 'ner:caps/cue-last-sure', label: 'FAC' });
    assert.deepEqual(kept([model, titled, sure, designation]), [
      'Air Force|ner:designation/named',
      'Trump|ner:caps/title',
    ]);
  });

  it('adds a rule name the model missed only with evidence, never a shape guess', () => {
    const cued = cand(7, 9, { rule: 'ner:caps/cue-after', label: 'GPE' });
    const guessed = cand(12, 13, { rule: 'ner:caps/shape', label: 'PERSON' });
    assert.deepEqual(kept([cued, guessed]), ['Manchester City|ner:caps/cue-after']);
  });
});

describe('adoptRuleFacts: what the rules know about the model’s own extent', () => {
  it('takes the type of a context cue and the title of a person', () => {
    const model = cand(7, 9, { modelType: 'PER' });
    const cue = cand(7, 9, { rule: 'ner:caps/cue-before', label: 'ORG' });
    const person = cand(12, 13, { modelType: 'PER' });
    const title = { start: 0, end: 4, text: 'Jets', role: 'president' };
    const titled = cand(12, 13, { rule: 'ner:caps/descriptor', label: 'PERSON', title });
    const out = adoptRuleFacts([model, cue, person, titled], input);
    assert.equal(out[0]!.label, 'ORG');
    assert.equal(out[0]!.rule, 'ner:model/cue-before');
    assert.equal(out[2]!.label, undefined, 'the model’s type stays to be mapped');
    assert.deepEqual(out[2]!.title, title);
  });

  it('leaves the model alone where the rule span differs', () => {
    const model = cand(7, 8, { modelType: 'PER' });
    const cue = cand(7, 9, { rule: 'ner:caps/cue-before', label: 'ORG' });
    assert.deepEqual(adoptRuleFacts([model, cue], input)[0], model);
  });
});

describe('modelWords: the tokens the tagger reads', () => {
  it('joins hyphenated words split by the tokenizer, and nothing else', () => {
    const text = 'A 24-year-old from Nagorno-Karabakh - not Baku - won 1-0 .';
    const pieces = ['A', '24', '-', 'year', '-', 'old', 'from', 'Nagorno', '-', 'Karabakh', '-', 'not'];
    const rest = ['Baku', '-', 'won', '1', '-', '0', '.'];
    const toks: Token[] = [];
    let at = 0;
    for (const p of [...pieces, ...rest]) {
      at = text.indexOf(p, at);
      toks.push({ start: at, end: at + p.length, text: p, pos: 'X', sentence: 0 });
      at += p.length;
    }
    const view = modelWords(text, toks, [{ index: 0, start: 0, end: text.length, text }]);
    assert.deepEqual(view.words[0], [
      'A',
      '24-year-old',
      'from',
      'Nagorno-Karabakh',
      '-',
      'not',
      'Baku',
      '-',
      'won',
      '1-0',
      '.',
    ]);
    assert.deepEqual(view.tokens[0]![1], [1, 6]);
  });

  it('reads a list number the sentence splitter cut off as the first word of its item, as CoNLL writes it', () => {
    const text = 'Results:\n6. Larbi El Khattabi (Morocco) 8:17.29\nHe came 2. Then he left.';
    const { sentences, tokens: toks } = segment(text, createContext());
    const view = modelWords(text, toks, sentences);
    const item = view.words.findIndex((w) => w.includes('Larbi'));
    assert.deepEqual(view.words[item]!.slice(0, 2), ['6.', 'Larbi'], JSON.stringify(view.words));
    assert.equal(view.words[item - 1]!.length, 0, JSON.stringify(view.words));
    const [first, end] = view.tokens[item]![0]!;
    assert.equal(text.slice(toks[first]!.start, toks[end - 1]!.end), '6.');
    // must not: a number ending a sentence ("came 2.") stays where it is; the next sentence is not an item
    const came = view.words.find((w) => w.includes('came'))!;
    assert.deepEqual(came.slice(-2), ['2', '.'], JSON.stringify(view.words));
    assert.equal(view.words.find((w) => w.includes('Then'))![0], 'Then');
  });
});
