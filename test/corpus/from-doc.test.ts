/** articleFromDoc on the seed article run through the whole pipeline, and the Doc path of the clusterer. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { articleFromDoc, StoryClusterer } from '../../src/corpus/index.js';
import { analyze, defaultContext } from '../../src/pipeline.js';
import { packageRoot } from '../../src/util/paths.js';

const seed = readFileSync(join(packageRoot(), 'examples', 'seed-article.txt'), 'utf8');
const doc = analyze({ kind: 'text', content: seed, meta: { published: '2025-08-14' } });

describe('articleFromDoc (seed article)', () => {
  const record = articleFromDoc(doc);

  it('takes id, text, date and a title from the Doc', () => {
    assert.equal(record.id, doc.id);
    assert.equal(record.text, doc.text);
    assert.equal(record.published, '2025-08-14');
    assert.ok(record.title && record.title.length > 0);
  });

  it('names the people in the story, once per mention, and no places among them', () => {
    const names = new Set(record.entities);
    assert.ok(
      [...names].some((n) => /Putin/.test(n)),
      [...names].join(' | '),
    );
    assert.ok(
      [...names].some((n) => /Trump/.test(n)),
      [...names].join(' | '),
    );
    assert.ok(!names.has('Alaska'));
    const putin = record.entities!.filter((n) => /Putin/.test(n)).length;
    assert.ok(putin > 1, `Putin counted ${putin} times`);
  });

  it('lists places and dated mentions', () => {
    assert.ok(
      record.places!.some((p) => /Alaska|Anchorage/.test(p)),
      record.places!.join(' | '),
    );
    assert.ok(
      record.dates!.some((d) => d.startsWith('2025')),
      record.dates!.join(' '),
    );
    assert.ok(record.dates!.every((d) => /^\d{4}/.test(d)));
  });
});

describe('StoryClusterer.addDoc', () => {
  it('puts the seed and a rewrite of it in one story, titled from a member', () => {
    const rewrite = analyze({
      kind: 'text',
      content: seed.replace(/Putin/g, 'Vladimir Putin').replace('fortified limousine', 'armoured car'),
      meta: { published: '2025-08-15' },
    });
    const c = new StoryClusterer({ ctx: defaultContext() });
    c.addDoc(doc);
    const second = c.addDoc(rewrite);
    assert.equal(second.created, false);
    const [story] = c.stories();
    assert.equal(story?.articles.length, 2);
    assert.deepEqual(story?.dateRange, { start: '2025-08-14', end: '2025-08-15' });
    assert.ok(story?.topEntities.some((e) => /Putin|Trump/.test(e.name)));
  });
});
