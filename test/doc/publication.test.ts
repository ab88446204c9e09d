import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicationKey } from '../../src/doc/publication.js';
import { prepareDoc } from '../../src/pipeline.js';

describe('publicationKey', () => {
  it("is the site's folded name, else the URL's host without www.", () => {
    assert.equal(publicationKey('  The Town  Talk ', 'https://www.thetowntalk.com/a'), 'the town talk');
    assert.equal(publicationKey(undefined, 'https://www.TheTownTalk.com/article/1'), 'thetowntalk.com');
    assert.equal(publicationKey(null, 'https://news.example.org:8080/x'), 'news.example.org');
  });

  it('is undefined for no site and no URL, or a URL that is not one', () => {
    assert.equal(publicationKey(undefined), undefined);
    assert.equal(publicationKey('', '/home/me/article.txt'), undefined);
    assert.equal(publicationKey('   ', 'not a url'), undefined);
  });
});

describe('prepareDoc and home regions', () => {
  const homeRegions = new Map([['towntalk.example', { country: 'US', admin1: 'Louisiana' }]]);
  const input = { kind: 'text' as const, content: 'Police in Alexandria arrested a man.', homeRegions };

  it("sets the site's home region, found by the URL's host", () => {
    const doc = prepareDoc({ ...input, uri: 'https://www.towntalk.example/a' });
    assert.deepEqual(doc.meta.homeRegion, { country: 'US', admin1: 'Louisiana' });
  });

  it('keeps a home region given with the input, and sets none for another site', () => {
    const given = { country: 'US', admin1: 'Virginia' };
    const doc = prepareDoc({ ...input, uri: 'https://towntalk.example/a', meta: { homeRegion: given } });
    assert.deepEqual(doc.meta.homeRegion, given);
    assert.equal(prepareDoc({ ...input, uri: 'https://elsewhere.example/a' }).meta.homeRegion, undefined);
    assert.equal(prepareDoc(input).meta.homeRegion, undefined);
  });
});
