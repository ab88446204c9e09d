/** A publication's home region: learnt from its articles' places, read from the user, weighed as a clue. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HomeRegion } from '../../src/doc/types.js';
import { inHomeRegion, learnHomeRegions, type PlaceFacts } from '../../src/geo/home-region.js';
import { placeFor, resolveDoc } from './helpers.js';
import { markedDoc } from './marked-doc.js';

const town = (admin1: string, country = 'US', confidence = 0.8): PlaceFacts => ({
  country,
  admin1,
  featureClass: 'P.PPL',
  confidence,
});
const article = (site: string, ...places: PlaceFacts[]) => ({ site, places });

describe('learnHomeRegions', () => {
  it("takes the division most of a site's articles are about", () => {
    const homes = learnHomeRegions([
      article('towntalk', town('Louisiana'), town('Louisiana')),
      article('towntalk', town('Louisiana')),
      article('towntalk', town('Texas'), town('Texas'), town('Texas')), // one long story elsewhere: one vote
      article('towntalk', town('Louisiana'), town('Mississippi')), // a tie splits its vote
    ]);
    assert.deepEqual(homes.get('towntalk'), { country: 'US', admin1: 'Louisiana' });
  });

  it('falls back to the country when no division has half the articles', () => {
    const homes = learnHomeRegions([
      article('national', town('Ohio')),
      article('national', town('Texas')),
      article('national', town('Oregon')),
      article('national', town('Bavaria', 'DE')),
    ]);
    assert.deepEqual(homes.get('national'), { country: 'US' });
  });

  it('learns nothing from too few articles, a wire service, guesses or countries named in passing', () => {
    const homes = learnHomeRegions([
      article('new', town('Ohio')),
      article('new', town('Ohio')),
      article('wire', town('Ohio')),
      article('wire', town('Bavaria', 'DE')),
      article('wire', town('Kent', 'GB')),
      article('wire', town('Kyiv', 'UA')),
      article('guesses', town('Ohio', 'US', 0.3), town('Ohio', 'US', 0.2)),
      article('guesses', town('Ohio', 'US', 0.3)),
      article('guesses', town('Ohio', 'US', 0.3)),
      ...[1, 2, 3].map(() =>
        article('countries', { country: 'RU', featureClass: 'A.PCLI', confidence: 0.9 }),
      ),
      article('', town('Ohio')),
    ]);
    assert.deepEqual([...homes.keys()], []);
  });
});

describe('inHomeRegion', () => {
  const home: HomeRegion = { country: 'US', admin1: 'Louisiana' };
  it('tells the division, the country, or neither', () => {
    assert.equal(inHomeRegion(home, { country: 'US', admin1: 'louisiana' }), 'admin1');
    assert.equal(inHomeRegion(home, { country: 'US', admin1: 'Virginia' }), 'country');
    assert.equal(inHomeRegion(home, { country: 'EG', admin1: 'Alexandria' }), undefined);
    assert.equal(inHomeRegion({ country: 'US' }, { country: 'US', admin1: 'Louisiana' }), 'country');
  });
});

describe('the home region as a clue', () => {
  const brief = 'Police in [[Alexandria|GPE]] arrested a man on Friday after a fire.';
  const resolve = (homeRegion?: HomeRegion) => {
    const doc = markedDoc(brief);
    if (homeRegion) doc.meta.homeRegion = homeRegion;
    return placeFor(resolveDoc(doc), 'Alexandria');
  };

  it('places a bare local name in the home division, and says so in the rule', () => {
    assert.equal(resolve()?.country, 'EG', 'alone, the famous Alexandria');
    const local = resolve({ country: 'US', admin1: 'Louisiana' });
    assert.equal(local?.admin1, 'Louisiana');
    assert.match(local?.rule ?? '', /:home$/);
    assert.equal(resolve({ country: 'US', admin1: 'Virginia' })?.admin1, 'Virginia');
  });

  it('does not turn a country into a home town', () => {
    const doc = markedDoc(
      'Farmers sold less grain to [[China|GPE]] this year, the [[Gainesville|GPE]] mayor said.',
    );
    doc.meta.homeRegion = { country: 'US', admin1: 'Texas' };
    assert.equal(placeFor(resolveDoc(doc), 'China')?.country, 'CN');
  });

  it('does not outvote what the article itself says', () => {
    const doc = markedDoc('Protests in [[Alexandria|GPE]] and [[Cairo|GPE]] grew as [[Egypt|GPE]] voted.');
    doc.meta.homeRegion = { country: 'US', admin1: 'Louisiana' };
    assert.equal(placeFor(resolveDoc(doc), 'Alexandria')?.country, 'EG');
  });
});
