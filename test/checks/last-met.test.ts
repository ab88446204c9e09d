import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLastMetContradictions } from '../../src/checks/last-met.js';
import { LAST_MET_PATTERNS } from '../../src/checks/last-met-patterns.js';
import { makeDoc } from '../events/make-doc.js';
import { WORLD } from '../events/world.js';

const find = (text: string, pronouns: [string, string][] = []) =>
  findLastMetContradictions(makeDoc({ text, entities: WORLD, pronouns }));

describe('last-met contradictions: fire', () => {
  const CASES: [string, [number, number], [string, string]][] = [
    [
      'Putin prepares to sit down with Trump for their first face-to-face meeting since 2018. Trump wants to test Putin, whom he last saw in 2019.',
      [2018, 2019],
      ['first face-to-face meeting since 2018', 'last saw in 2019'],
    ],
    [
      'Xi and Modi last met in 2019 in Chennai. Officials said the summit will be the first time the two have met since 2017.',
      [2019, 2017],
      ['last met in 2019', 'first time the two have met since 2017'],
    ],
    [
      'Erdogan and Assad had not spoken since 2011. A Turkish aide said Erdogan last spoke to Assad in 2013.',
      [2011, 2013],
      ['had not spoken since 2011', 'last spoke to Assad in 2013'],
    ],
  ];
  for (const [text, years, spans] of CASES) {
    it(text.slice(0, 60), () => {
      const f = find(text);
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0]!.kind, 'contradiction');
      assert.deepEqual([f[0]!.data?.['yearA'], f[0]!.data?.['yearB']], years);
      assert.deepEqual(
        f[0]!.spans.map((s) => s.text),
        spans,
      );
      for (const s of f[0]!.spans) assert.equal(text.slice(s.start, s.end), s.text);
    });
  }
});

describe('last-met contradictions: must not fire', () => {
  const NONE = [
    'Putin and Trump will hold their first meeting since 2018. The two last met in 2018 in Helsinki.',
    'Putin and Trump held their first meeting since 2018. Xi and Modi last met in 2019.',
    'Putin and Trump had their first meeting since 2018. Putin and Trump last spoke in 2019.',
    'Putin met Trump in 2018 and again in 2019.',
  ];
  for (const text of NONE) it(text.slice(0, 60), () => assert.deepEqual(find(text), []));
});

describe('last-met patterns: each cue opens its pattern, so a sentence without the cue cannot match', () => {
  const SENTENCES = [
    'Putin prepares to sit down with Trump for their first face-to-face meeting since 2018.',
    'Officials said the summit will be the first time the two have met since 2017.',
    'Xi and Modi last met in 2019 in Chennai.',
    'Erdogan and Assad had not spoken since 2011.',
    "The two leaders haven't met in person since 2016, aides said.",
    'It was their last summit, in 2015, that ended without a deal.',
    'FIRST PHONE CALL SINCE 2020, the agency said.',
    'The first quarter of 2021 was the last in which profits rose.',
  ];
  for (const p of LAST_MET_PATTERNS)
    it(p.id, () => {
      assert.ok(p.pattern.startsWith(p.cue), `${p.id} does not start with its cue`);
      const full = new RegExp(p.pattern, 'giu');
      const cue = new RegExp(p.cue, 'iu');
      for (const s of SENTENCES) if (full.test(s)) assert.ok(cue.test(s), `${p.id}: ${s}`);
    });
  it('the cues let through the sentences the patterns match and skip the others', () => {
    const anyCue = (s: string): boolean => LAST_MET_PATTERNS.some((p) => new RegExp(p.cue, 'iu').test(s));
    assert.equal(anyCue('The two leaders spoke by phone on Tuesday, their aides said in 2024.'), false);
    assert.equal(anyCue("They haven't met since 2016."), true);
  });
});
