import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY, cleanRaw } from './helpers.js';

/** Lines that are page furniture, whatever the article. */
const REMOVED: readonly string[] = [
  'Share this @internewscast.com',
  'Share this article',
  'Share on Facebook',
  'Facebook Twitter Email',
  'Share | Tweet | WhatsApp',
  'Follow us on Twitter',
  'Follow @bbcworld',
  'Advertisement',
  'ADVERTISEMENT',
  'Story continues below advertisement',
  'Read more: Putin arrives in Alaska for summit',
  'Read more about this story',
  'READ MORE',
  'Related: Trump says talks will be quick',
  'More on this story:',
  'Click here to read the full report',
  'Sign up for our daily newsletter',
  'Subscribe to our channel for more videos',
  '© 2025 Example News Ltd',
  'Copyright 2025 The Associated Press. All rights reserved.',
  'We use cookies to improve your experience on our site.',
  'Accept all cookies',
  'Image copyright Getty Images',
  'Getty Images',
  'AFP via Getty Images',
  'Reporting by Jane Doe; Editing by John Roe',
  'Media playback is unsupported on your device',
  'Tags: Russia, Ukraine, Alaska',
  'Download the Example News app',
];

/** Body sentences that contain the same words but are prose. */
const KEPT: readonly string[] = [
  'He declined to share this information with reporters.',
  'Follow-up talks are planned for next week in Geneva.',
  'Advertisement revenue fell 10% last year, the company said.',
  'Read more books, the minister urged schoolchildren on Monday.',
  'Subscribers to the service complained about repeated outages.',
  'Copyright law is changing, experts said.',
  'Getty Images photographers were among those detained at the border.',
  'She said the company had signed up thousands of new customers in May.',
  'Related talks in Vienna ended without agreement.',
  'Facebook and Twitter removed the posts after complaints from users.',
  'Click-through rates for online adverts fell sharply, the report found.',
  `Share this: a long line that reads like a sentence because it goes on and on well past the length of any share button, ${'padding '.repeat(4)}and ends here.`,
];

describe('clean: boilerplate lines', () => {
  for (const line of REMOVED) {
    it(`removes ${JSON.stringify(line)}`, () => {
      const doc = cleanRaw([BODY[0], line, ...BODY.slice(1)].join('\n'));
      const removal = doc.removed.find((r) => r.text.trim() === line);
      assert.ok(removal, `not removed: ${JSON.stringify(doc.removed)}`);
      assert.equal(removal.reason, 'boilerplate');
      assert.match(removal.rule, /^boilerplate:/);
      assert.ok(!doc.text.includes(line));
      assert.equal(doc.text, BODY.join('\n'));
    });
  }
  for (const line of KEPT) {
    it(`keeps ${JSON.stringify(line.slice(0, 60))}`, () => {
      const doc = cleanRaw([BODY[0], line, ...BODY.slice(1)].join('\n'));
      assert.deepEqual(doc.removed, []);
      assert.equal(doc.text, doc.raw);
    });
  }
});
