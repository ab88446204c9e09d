/** `newsgraph stories` and the corpus lines of `newsgraph show`, as text. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCorpus, formatStories } from '../../src/cli/commands/stories.js';

describe('formatStories', () => {
  it('prints title, article count, date range, top entities and main events; says when there is more', () => {
    const text = formatStories(
      [
        {
          id: 's2',
          title: 'Ferry fire off Sulawesi',
          articleCount: 4,
          duplicateCount: 1,
          from: '2025-05-11',
          to: '2025-05-13',
          topEntities: [{ name: 'Manado', type: 'GPE', articles: 3 }],
          topEvents: [{ type: 'AID', cameo: '07', source: 'Indonesia', articles: 2 }],
        },
        {
          id: 's1',
          title: 'Chess final drawn',
          articleCount: 1,
          duplicateCount: 0,
          topEntities: [],
          topEvents: [],
        },
      ],
      5,
    );
    assert.equal(
      text,
      's2  Ferry fire off Sulawesi\n    4 article(s) (1 duplicate) · 2025-05-11 – 2025-05-13 · Manado (3)\n' +
        '    AID (07) Indonesia → ? · 2 article(s)\n' +
        's1  Chess final drawn\n    1 article(s) · undated · —\n… 5 stories in all\n',
    );
  });
  it('says so when there are none', () => assert.match(formatStories([], 0), /No stories yet/));
});

describe('formatCorpus', () => {
  it('lists the story, the duplicate link with its differences, and corroborated claims', () => {
    const text = formatCorpus({
      story: { id: 's1', title: 'Summit', articleCount: 3 },
      duplicateOf: {
        id: 'abc',
        kind: 'near',
        similarity: 0.93,
        diff: {
          addedLines: ['A caption'],
          droppedLines: [],
          wordsAdded: 2,
          wordsDropped: 0,
          addedWords: ['a', 'caption'],
          droppedWords: [],
          removedFromCopy: [{ reason: 'boilerplate', text: 'Share this' }],
          removedFromCanonical: [],
        },
      },
      duplicates: [],
      corroboration: [
        { kind: 'event', idx: 0, sources: 2 },
        { kind: 'quote', idx: 0, sources: 1 },
      ],
      findings: [],
    });
    assert.equal(
      text,
      '\nCorpus\n  Story: s1 (3 article(s)) Summit\n  Duplicate (near, 0.93) of abc: +2/-0 words\n' +
        '    + A caption\n    + (boilerplate, cleaned out) Share this\n  Corroborated: event 0 by 2 sources\n',
    );
    assert.equal(formatCorpus(undefined), '');
  });
});
