/** The seed's leaders, end to end: linked to the KB with the roles they hold on 2025-08-14. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../src/pipeline.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed-article.txt'), 'utf8');

describe('seed article: KB and actor codes', () => {
  const doc = analyze({ kind: 'text', content: seed, meta: { published: '2025-08-14' } });
  const kbOf = (surname: string) =>
    doc.entities.find((e) => e.type === 'PERSON' && e.name.endsWith(surname))?.kb;

  it('links Putin, Trump, Zelensky and Biden with their roles at the date', () => {
    assert.deepEqual(kbOf('Putin')?.roles, ['RUSGOV']);
    assert.deepEqual(kbOf('Trump')?.roles, ['USAGOV']);
    assert.deepEqual(kbOf('Zelensky')?.roles, ['UKRGOV']);
    assert.equal(kbOf('Biden')?.id, 'JOE_BIDEN');
  });

  it('codes the Putin–Trump meeting CONSULT with Goldstein 1.0 and both actor codes', () => {
    const meeting = doc.events.find(
      (e) => e.type === 'CONSULT' && e.sourceActor?.code === 'RUSGOV' && e.targetActor?.code === 'USAGOV',
    );
    assert.ok(
      meeting,
      JSON.stringify(doc.events.map((e) => [e.type, e.sourceActor?.code, e.targetActor?.code])),
    );
    assert.equal(meeting.goldstein, 1);
    assert.equal(meeting.quadClass, 1);
  });

  it('gives every event a full code, Goldstein and QuadClass', () => {
    for (const e of doc.events) {
      assert.match(e.code ?? '', /^\d{3,4}$/);
      assert.equal(typeof e.goldstein, 'number', e.code);
      assert.ok(e.quadClass && e.quadClass >= 1 && e.quadClass <= 4);
    }
  });
});
