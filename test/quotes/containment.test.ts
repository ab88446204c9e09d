import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containers } from '../../src/quotes/containment.js';

describe('containers: is a span inside one of a set', () => {
  const set = containers([
    { start: 10, end: 20 },
    { start: 0, end: 5 },
    { start: 30, end: 50 },
  ]);

  it('finds a holding span whatever the order the set was given in', () => {
    assert.equal(set.hold({ start: 12, end: 18 }), true);
    assert.equal(set.hold({ start: 31, end: 50 }), true);
    assert.equal(set.hold({ start: 18, end: 25 }), false);
    assert.equal(set.hold({ start: 4, end: 11 }), false);
  });

  it('counts the same span as holding only when not asked strictly', () => {
    assert.equal(set.hold({ start: 10, end: 20 }), true);
    assert.equal(set.hold({ start: 10, end: 20 }, true), false);
    assert.equal(set.hold({ start: 10, end: 19 }, true), true);
    assert.equal(set.hold({ start: 11, end: 20 }, true), true);
  });

  it('agrees with comparing every pair on random spans', () => {
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const spans = Array.from({ length: 300 }, () => {
      const start = random(1000);
      return { start, end: start + random(60) };
    });
    const index = containers(spans);
    for (const probe of spans.slice(0, 100)) {
      for (const strictly of [false, true]) {
        const expected = spans.some(
          (s) =>
            s.start <= probe.start &&
            s.end >= probe.end &&
            (!strictly || s.start !== probe.start || s.end !== probe.end),
        );
        assert.equal(index.hold(probe, strictly), expected);
      }
    }
  });
});
