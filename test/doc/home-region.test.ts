/** Reading a publication's home region from a user's flag or a page's metadata. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { homeRegionOf, parseHomeRegion } from '../../src/doc/home-region.js';

describe('parseHomeRegion', () => {
  it('reads a country, or a country and a division by name or code', () => {
    assert.deepEqual(parseHomeRegion('us'), { country: 'US' });
    assert.deepEqual(parseHomeRegion('US/louisiana'), { country: 'US', admin1: 'Louisiana' });
    assert.deepEqual(parseHomeRegion('US/LA'), { country: 'US', admin1: 'Louisiana' });
    assert.deepEqual(parseHomeRegion('GB/England'), { country: 'GB', admin1: 'England' });
  });

  it('names what it cannot read', () => {
    assert.match((parseHomeRegion('USA') as { error: string }).error, /"USA" is not an ISO 3166-1/);
    assert.match((parseHomeRegion('XX') as { error: string }).error, /"XX" is not an ISO 3166-1/);
    assert.match(
      (parseHomeRegion('US/Lousiana') as { error: string }).error,
      /"Lousiana" is not a first-level/,
    );
  });
});

describe('homeRegionOf', () => {
  it('reads ISO 3166-2 codes and schema.org address parts', () => {
    assert.deepEqual(homeRegionOf('US-LA'), { country: 'US', admin1: 'Louisiana' });
    assert.deepEqual(homeRegionOf('us'), { country: 'US' });
    assert.deepEqual(homeRegionOf('United States', 'Louisiana'), { country: 'US', admin1: 'Louisiana' });
    assert.deepEqual(homeRegionOf('US', 'la'), { country: 'US', admin1: 'Louisiana' });
  });

  it('keeps the country when the region is no first-level division, and gives nothing for no country', () => {
    assert.deepEqual(homeRegionOf('US', 'Rapides Parish'), { country: 'US' });
    assert.equal(homeRegionOf('Atlantis'), undefined);
    assert.equal(homeRegionOf(undefined, 'Louisiana'), undefined);
    assert.equal(homeRegionOf('XX-LA'), undefined);
  });
});
