/**
 * Speakers on the real nlp stage: pronouns by gender, titles with a full stop before a name, coordinated
 * speakers kept together. Sentences written for these tests in the shapes of US political news.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { attributeQuotes } from '../../src/quotes/index.js';
import { analyse, testContext } from '../nlp/helpers.js';

const ctx = testContext();

function quotes(text: string): { text: string; speaker: string; speakers: string }[] {
  const doc: Doc = attributeQuotes(analyse(text, ctx), ctx);
  const name = (id: string | undefined): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
  return doc.quotes
    .filter((q) => q.kind === 'direct' && !q.scare)
    .map((q) => ({
      text: q.text,
      speaker: name(q.speaker),
      speakers: (q.speakers ?? []).map(name).join(' + '),
    }));
}

describe('speakers: who "she" and "he" are', () => {
  it('gives "she said" to the woman, not to a man named earlier in the sentence before', () => {
    const [q] = quotes(
      'Bernie Sanders spoke in Iowa on Monday. Sanders then met Donna Brazile, the party chairwoman. ' +
        '"We are united," she said.',
    );
    assert.equal(q?.speaker, 'Donna Brazile');
  });

  it('gives "he said" to the husband when his wife was named first', () => {
    const [q] = quotes('Hillary Clinton and Bill Clinton arrived in Ohio. "The economy is strong," he said.');
    assert.equal(q?.speaker, 'Bill Clinton');
  });
});

describe('speakers: titles and coordination', () => {
  it('reads the person after "the Rev." and "Sen." as the speaker, never the title or a state', () => {
    const rows = quotes(
      '"We will march again," the Rev. Al Sharpton told reporters. ' +
        '"This is a disgrace," said Sen. Bob Casey, D-Pa., on Tuesday.',
    );
    assert.deepEqual(
      rows.map((r) => r.speaker),
      ['Al Sharpton', 'Bob Casey'],
    );
  });

  it('keeps two coordinated speakers together', () => {
    const [q] = quotes(
      'Elijah Cummings and John Conyers wrote to the agency. ' +
        '"The public deserves answers," Cummings and Conyers wrote.',
    );
    assert.equal(q?.speaker, '-', 'neither said it alone');
    assert.equal(q?.speakers, 'Elijah Cummings + John Conyers');
  });
});

describe('speakers: a name that modifies another is not the subject', () => {
  it('gives "she said" to the spokeswoman, not to the candidate named as her employer', () => {
    const [q] = quotes(
      'Hillary Clinton spoke in Ohio. Clinton adviser Jennifer Lopez said the attacks were unfair. ' +
        '"This man is unfit to lead," she said.',
    );
    assert.equal(q?.speaker, 'Jennifer Lopez');
  });
});
