import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY, cleanRaw } from './helpers.js';

const [b0, b1, b2, b3] = BODY;

describe('clean: removal ranges and limits', () => {
  const LAYOUTS: readonly { name: string; raw: string; text: string }[] = [
    { name: 'a line between lines', raw: `${b0}\nAdvertisement\n${b1}`, text: `${b0}\n${b1}` },
    { name: 'the first line', raw: `Advertisement\n${b0}\n${b1}`, text: `${b0}\n${b1}` },
    { name: 'the first line, then a blank line', raw: `Advertisement\n\n${b0}\n${b1}`, text: `${b0}\n${b1}` },
    { name: 'a line between blank lines', raw: `${b0}\n\nAdvertisement\n\n${b1}`, text: `${b0}\n\n${b1}` },
    {
      name: 'two lines between blank lines',
      raw: `${b0}\n\nAdvertisement\n\nGetty Images\n\n${b1}`,
      text: `${b0}\n\n${b1}`,
    },
    { name: 'the last line', raw: `${b0}\n${b1}\nAdvertisement`, text: `${b0}\n${b1}\n` },
    {
      name: 'a line with white space around it',
      raw: `${b0}\n  Advertisement  \n${b1}`,
      text: `${b0}\n${b1}`,
    },
  ];
  for (const c of LAYOUTS) {
    it(`removes ${c.name} without piling up blank lines`, () => {
      const doc = cleanRaw(c.raw);
      assert.equal(doc.text, c.text);
      for (const r of doc.removed) assert.equal(doc.raw.slice(r.start, r.end), r.text);
      assert.ok(doc.removed.every((r) => r.text.trim().length > 0));
    });
  }

  it('keeps a blank line that was already double in the source', () => {
    const raw = `${b0}\n\n\n${b1}\n${b2}`;
    assert.equal(cleanRaw(raw).text, raw);
  });

  it('never removes more than half the sentences, and says so', () => {
    const raw = ['Advertisement', 'Share this article', 'Getty Images', b0].join('\n');
    const doc = cleanRaw(raw);
    assert.ok(doc.removed.length >= 1 && doc.removed.length <= 2, JSON.stringify(doc.removed));
    assert.ok(doc.text.includes(b0));
    assert.ok(doc.diagnostics.some((d) => d.stage === 'clean' && /half/.test(d.message)));
  });

  it('leaves an empty or blank text alone', () => {
    for (const raw of ['', '\n\n', '   ']) {
      const doc = cleanRaw(raw);
      assert.equal(doc.text, raw);
      assert.deepEqual(doc.removed, []);
    }
  });

  it('handles a text of one unbroken line', () => {
    const doc = cleanRaw(`${b0} ${b1} ${b2} ${b3}`);
    assert.equal(doc.text, doc.raw);
  });
});
