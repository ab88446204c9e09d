import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cueTable } from '../../src/geo/country-cues.js';
import { dataFile } from '../../src/util/paths.js';
import { readTsv } from '../../src/util/tsv.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern as first written: each word cue with its own edges, all cues longest first. */
function perCuePattern(cues: readonly string[]): RegExp {
  const alternatives = [...cues]
    .sort((a, b) => b.length - a.length)
    .map((cue) =>
      /^\p{L}/u.test(cue) ? `(?<![\\p{L}\\p{N}])${escape(cue)}(?![\\p{L}\\p{N}])` : escape(cue),
    );
  return new RegExp(alternatives.join('|'), 'gu');
}

const matches = (re: RegExp, text: string): string[] =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

test('country cues: one pair of word edges finds what a pair per cue found', () => {
  const cues = readTsv(dataFile('geo', 'country-cues.tsv')).map((r) => r['cue']!);
  assert.ok(cues.some((c) => /^\p{L}/u.test(c)) && cues.some((c) => !/^\p{L}/u.test(c)));
  const edges = ['', ' ', 'x', '9', '£', '-', 'é', '.'];
  const pieces: string[] = [];
  for (const cue of cues)
    for (const before of edges) for (const after of edges) pieces.push(before + cue + after);
  // Cues next to each other, in both orders, and in a sentence.
  const text = pieces.join(' ') + ' ' + cues.join('') + ' ' + [...cues].reverse().join(' ');
  const found = matches(cueTable().pattern, text);
  assert.ok(found.length > cues.length);
  assert.deepEqual(found, matches(perCuePattern(cues), text));
});
