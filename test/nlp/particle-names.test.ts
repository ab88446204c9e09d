/** joinParticleNames on hand-made candidates (the tagger's split is made here, whatever the shipped model says). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityLabel } from '../../src/doc/types.js';
import { joinParticleNames } from '../../src/nlp/ner/refiners/particle-names.js';
import type { ModelType, NameCandidate, RecognizerInput } from '../../src/nlp/ner/types.js';
import { spaceTokens } from './helpers.js';

type Part = [first: number, modelType: ModelType, label: EntityLabel];

/** The refined names of `text` (split on spaces) when the tagger proposed the one-word `parts`. */
function joined(text: string, parts: Part[]): string[] {
  const tokens = spaceTokens(text);
  const candidates = parts.map(([first, modelType, label]): NameCandidate => {
    const t = tokens[first]!;
    return {
      start: t.start,
      end: t.end,
      text: t.text,
      sentence: 0,
      tokenStart: first,
      tokenEnd: first + 1,
      rule: 'ner:model',
      modelType,
      label,
    };
  });
  const input = { text, tokens } as unknown as RecognizerInput;
  return joinParticleNames(candidates, input).map((c) => `${c.text}/${c.label}`);
}

describe('joinParticleNames: a person cut at a particle', () => {
  it('joins halves across a patronymic even where the tagger guessed ORG for one', () => {
    const text = 'She backed the raid that killed plotter Osama bin Laden during her term.';
    assert.deepEqual(
      joined(text, [
        [7, 'ORG', 'ORG'],
        [9, 'PER', 'PERSON'],
      ]),
      ['Osama bin Laden/PERSON'],
    );
  });

  it('must not join an organisation across "de" or "von"', () => {
    const text = 'Shares of Total de Venezuela and Siemens von Berlin fell.';
    assert.deepEqual(
      joined(text, [
        [2, 'ORG', 'ORG'],
        [4, 'LOC', 'LOC'],
      ]),
      ['Total/ORG', 'Venezuela/LOC'],
    );
    assert.deepEqual(
      joined(text, [
        [6, 'ORG', 'ORG'],
        [8, 'PER', 'PERSON'],
      ]),
      ['Siemens/ORG', 'Berlin/PERSON'],
    );
  });
});
