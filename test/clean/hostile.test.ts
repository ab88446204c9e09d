import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanRaw } from './helpers.js';

describe('clean on hostile pages', () => {
  it('handles 150,000 repeats of one sentence in one paragraph (no stack overflow, no quadratic step)', () => {
    const raw = `Opening words of the article here.\n\n${'We go to it now ok. '.repeat(150_000)}`;
    const doc = cleanRaw(raw);
    assert.ok(doc.text.startsWith('Opening words of the article here.\n\nWe go to it now ok.'));
    // Repeats go, but never more than half the sentences (src/clean/resolve.ts).
    assert.ok(doc.text.length < raw.length && doc.text.length >= raw.length / 2 - 100);
    for (const r of doc.removed.slice(0, 50)) assert.equal(r.reason, 'repeat');
  });

  it('keeps the first of thousands of similar paragraphs sharing common word pairs', () => {
    const raw = Array.from(
      { length: 5000 },
      (_, i) => `Officials said on day ${i} that the new policy in district ${i * 7} would start soon.`,
    ).join('\n\n');
    const doc = cleanRaw(raw);
    assert.ok(doc.text.startsWith('Officials said on day 0 that'));
  });
});
