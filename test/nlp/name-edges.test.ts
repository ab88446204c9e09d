import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, names } from './helpers.js';

describe('name edges: words that never begin or end a name', () => {
  it('takes a headline verb and a caption label off a name', () => {
    const doc = analyse(
      'Watch: Scott Conroy Video on the primary.\n\nHillary Clinton Says She Is Ready\n\nShe spoke.',
    );
    const found = names(doc);
    assert.ok(!found.some((n) => /Says|Video/.test(n)), found.join(', '));
  });

  it('drops a lone letter and a pronoun the tagger took for a name', () => {
    const doc = analyse('“I am not going anywhere,” he said. “Nobody can stop me, I.”');
    assert.ok(!names(doc).some((n) => n.startsWith('I.')), names(doc).join(', '));
  });

  it('types a people of a faith or origin as NORP, not PERSON', () => {
    const doc = analyse('The mayor said Muslims and Latinos in the city feared the new policy.');
    const found = names(doc);
    assert.ok(!found.some((n) => /^(Muslims|Latinos)\/PERSON$/.test(n)), found.join(', '));
  });

  it('must not cut organisation words, particles or hyphenated words off a name', () => {
    const doc = analyse(
      'Human Rights Watch criticised the Tory party, Bill de Blasio and a Christmas-themed advert on Monday.',
    );
    const found = names(doc).map((n) => n.split('/')[0]);
    for (const name of ['Human Rights Watch', 'Bill de Blasio'])
      assert.ok(found.includes(name), `${name}: ${found.join(', ')}`);
    assert.ok(!found.includes('Christmas-'), found.join(', '));
  });
});
