/**
 * A holiday name before a word for a thing names the kind of thing, not a day (data/time/holiday-objects.tsv):
 * "Christmas trees", "her Christmas single", "the Halloween sequels" give no date, while "the Christmas holiday",
 * "Christmas sales" and "Christmas Day" still do. Sentence shapes from BBC news and PolNeAR train articles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeTables } from '../../src/time/tables.js';
import { brief, ctx, timexes } from './helpers.js';

const PUB = '2016-09-28';

describe('time: holidays that name a kind of thing', () => {
  it('a holiday before an object word is no date', () => {
    assert.deepEqual(brief(timexes('Workers unloaded the Christmas trees on Monday.', PUB)), [
      ['on Monday', 'DATE', '2016-09-26', true],
    ]);
    assert.deepEqual(brief(timexes('Halloween costumes sold out.', PUB)), []);
  });
  it('a holiday before a word of time, at the end, or before a capital stays a date', () => {
    assert.deepEqual(brief(timexes('Shops hired staff for the Christmas period.', PUB)), [
      ['Christmas', 'DATE', '2015-12-25', true],
    ]);
    // A future verb looks ahead to the coming one.
    assert.deepEqual(brief(timexes('He will be home for Christmas.', PUB)), [
      ['Christmas', 'DATE', '2016-12-25', true],
    ]);
    assert.deepEqual(brief(timexes('On Christmas Day, he spoke.', PUB)), [
      ['Christmas Day', 'DATE', '2015-12-25', true],
    ]);
  });
  it('the table has object words and both kinds of check row', () => {
    const t = timeTables(ctx);
    assert.ok(t.holidayObjects.has('trees') && t.holidayObjects.has('single'));
    assert.ok(t.holidayChecks.mustNot.length >= 3 && t.holidayChecks.mustMatch.length >= 3);
  });
  it('must-not rows of the table give no date', () => {
    for (const s of timeTables(ctx).holidayChecks.mustNot) assert.deepEqual(brief(timexes(s, PUB)), [], s);
  });
  it('must-match rows of the table keep their holiday as a date', () => {
    for (const s of timeTables(ctx).holidayChecks.mustMatch) {
      const found = brief(timexes(s, PUB)).filter(([, type]) => type === 'DATE');
      assert.ok(
        found.some(([text]) => /Christmas|Day/.test(text)),
        `${s}: ${JSON.stringify(found)}`,
      );
    }
  });
});
