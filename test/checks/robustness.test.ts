import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkFacts } from '../../src/checks/index.js';
import { createContext } from '../../src/context.js';
import { codeEvents } from '../../src/events/index.js';
import { makeDoc } from '../events/make-doc.js';
import { WORLD } from '../events/world.js';

const FRAGMENTS = [
  'Putin met Trump',
  'and',
  'Zelensky was not invited',
  ', said Xi,',
  'the talks',
  'since 2018',
  'in 2019',
  'at 11:30 am (1900 GMT)',
  'a 25% chance of',
  'about 40 per cent',
  'sanctions on Russia',
  '–',
  '“',
  '”',
  '‘',
  'their meeting',
  'the two have met',
  'could',
  'if',
  '.',
  'warned of consequences',
  'Russian forces attacked Kyiv',
  'whom he last saw',
  'his',
  'with',
  'between Putin and Xi',
  '-',
  'face-to-face',
  '?',
  'one in three chance',
];

describe('events and checks on arbitrary sentences', () => {
  it('never throw, and every span points at its own text', () => {
    const ctx = createContext();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        const doc = checkFacts(codeEvents(makeDoc({ text, entities: WORLD }), ctx), ctx);
        for (const e of doc.events) {
          assert.equal(text.slice(e.start, e.end), e.text);
          assert.equal(text.slice(e.cue.start, e.cue.end), e.cue.text);
          assert.match(e.cameo, /^\d\d$/);
        }
        for (const f of doc.findings)
          for (const s of f.spans) assert.equal(text.slice(s.start, s.end), s.text);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
