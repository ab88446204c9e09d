/** The incremental story clusterer on small hand-made articles. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { StoryClusterer, type ArticleRecord } from '../../src/corpus/index.js';

const ctx = createContext();

const QUAKE_1: ArticleRecord = {
  id: 'q1',
  title: 'Strong earthquake shakes central Chile',
  text: 'A magnitude 7.1 earthquake struck central Chile near Valparaiso on Monday, collapsing buildings and cutting power. Rescue teams searched rubble for survivors of the quake.',
  entities: ['Chilean Red Cross'],
  places: ['Valparaiso, CL', 'Chile, CL'],
  published: '2024-03-04',
};
const QUAKE_2: ArticleRecord = {
  id: 'q2',
  text: 'Rescue teams in Chile pulled survivors from collapsed buildings after the earthquake near Valparaiso. The quake of magnitude 7.1 cut power to thousands.',
  entities: ['Chilean Red Cross'],
  places: ['Valparaiso, CL'],
  published: '2024-03-05',
};
const MATCH_1: ArticleRecord = {
  id: 'm1',
  text: 'Liverpool beat Arsenal 3-1 at Anfield, with Salah scoring twice in the second half of the league match.',
  entities: ['Liverpool', 'Arsenal', 'Mohamed Salah', 'Salah'],
  places: ['Anfield, GB'],
  published: '2024-03-04',
};
const MATCH_2: ArticleRecord = {
  id: 'm2',
  text: 'Salah scored twice as Liverpool beat Arsenal at Anfield; the league match ended 3-1 after a second-half surge.',
  entities: ['Mohamed Salah', 'Liverpool', 'Arsenal'],
  places: ['Anfield, GB'],
  published: '2024-03-04',
};

function cluster(records: ArticleRecord[], config = {}): StoryClusterer {
  const c = new StoryClusterer({ ctx, config });
  for (const r of records) c.add(r);
  return c;
}

describe('StoryClusterer', () => {
  it('groups articles about the same event and keeps other events apart', () => {
    const c = cluster([QUAKE_1, MATCH_1, QUAKE_2, MATCH_2]);
    assert.equal(c.storyCount, 2);
    assert.equal(c.storyOf('q1'), c.storyOf('q2'));
    assert.equal(c.storyOf('m1'), c.storyOf('m2'));
    assert.notEqual(c.storyOf('q1'), c.storyOf('m1'));
  });

  it('reports whether an article started a story, and its score', () => {
    const c = new StoryClusterer({ ctx });
    const first = c.add(QUAKE_1);
    const second = c.add(QUAKE_2);
    assert.equal(first.created, true);
    assert.equal(first.score, 0);
    assert.equal(second.created, false);
    assert.equal(second.storyId, first.storyId);
    assert.ok(second.score >= c.config.threshold && second.score <= 1 + 1e-9, String(second.score));
  });

  it('summarises a story: title, members, top entities, date range', () => {
    const [story] = cluster([QUAKE_1, QUAKE_2]).stories();
    assert.ok(story);
    assert.deepEqual(story.articles, ['q1', 'q2']);
    assert.ok(
      [
        'Strong earthquake shakes central Chile',
        'Rescue teams in Chile pulled survivors from collapsed buildings after the earthquake near Valparaiso.',
      ].includes(story.title),
      story.title,
    );
    assert.deepEqual(story.topEntities, [{ name: 'Chilean Red Cross', count: 2 }]);
    assert.deepEqual(story.dateRange, { start: '2024-03-04', end: '2024-03-05' });
    assert.ok(story.topTerms.includes('valparaiso'), story.topTerms.join(' '));
  });

  it('does not join a story outside the time window, even with the same text', () => {
    const later = { ...QUAKE_2, id: 'q2-later', published: '2024-03-20' };
    const c = cluster([QUAKE_1, later]);
    assert.notEqual(c.storyOf('q1'), c.storyOf('q2-later'));
    const inside = cluster([QUAKE_1, { ...later, published: '2024-03-07' }]);
    assert.equal(inside.storyOf('q1'), inside.storyOf('q2-later'));
  });

  it('ignores the time window when a date is missing', () => {
    const { published: _ignored, ...undated } = QUAKE_2;
    const c = cluster([QUAKE_1, undated]);
    assert.equal(c.storyOf('q1'), c.storyOf('q2'));
  });

  it('clusters bare-text records on text alone', () => {
    const bare = [QUAKE_1, MATCH_1, QUAKE_2, MATCH_2].map(({ id, text }) => ({ id, text }));
    const c = cluster(bare);
    assert.equal(c.storyOf('q1'), c.storyOf('q2'));
    assert.notEqual(c.storyOf('q1'), c.storyOf('m1'));
  });

  it('a threshold above 1 makes every article its own story', () => {
    assert.equal(cluster([QUAKE_1, QUAKE_2, MATCH_1, MATCH_2], { threshold: 1.01 }).storyCount, 4);
  });

  it('an id seen before keeps its story and is not counted twice', () => {
    const c = cluster([QUAKE_1]);
    const again = c.add(QUAKE_1);
    assert.equal(again.created, false);
    assert.deepEqual(c.stories()[0]?.articles, ['q1']);
  });

  it('is deterministic', () => {
    const run = (): string => JSON.stringify(cluster([QUAKE_1, MATCH_1, QUAKE_2, MATCH_2]).stories());
    assert.equal(run(), run());
  });

  it('scores a bounded number of candidates however many stories exist', () => {
    const c = new StoryClusterer({ ctx, config: { maxCandidates: 5, maxPostings: 10 } });
    for (let i = 0; i < 300; i++) {
      // every article shares "election" and "minister" but has its own rare words: many distinct stories
      const own = `zq${i.toString(36)}x`;
      c.add({ id: `a${i}`, text: `election minister ${own} ${own}a ${own}b ${own}c ${own}d ${own}e` });
    }
    const last = c.add({ id: 'last', text: 'election minister vote' });
    assert.ok(c.storyCount > 100);
    assert.ok(last.candidatesScored <= 5, String(last.candidatesScored));
  });
});
